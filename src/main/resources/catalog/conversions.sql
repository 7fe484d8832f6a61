-- Encoding conversions in user schemas, without those an extension created; encodings by name.
select c.oid,
       n.nspname as schema,
       c.conname as name,
       pg_encoding_to_char(c.conforencoding) as source_encoding,
       pg_encoding_to_char(c.contoencoding) as destination_encoding,
       {{proc_name c.conproc}} as function,
       c.condefault as is_default,
       {{comment pg_conversion c.oid 0}} as comment
from pg_conversion c
join pg_namespace n on n.oid = c.connamespace
where {{user_schema n}}
  and {{not_in_extension pg_conversion c.oid}}
