-- Text search parsers in user schemas, without those an extension created. Functions are named with their
-- schema, so that the name reads the same on every major and under any search_path.
select p.oid,
       n.nspname as schema,
       p.prsname as name,
       {{proc_name p.prsstart}} as start_function,
       {{proc_name p.prstoken}} as token_function,
       {{proc_name p.prsend}} as end_function,
       {{proc_name p.prslextype}} as lextypes_function,
       {{proc_name p.prsheadline}} as headline_function,
       {{comment pg_ts_parser p.oid 0}} as comment
from pg_ts_parser p
join pg_namespace n on n.oid = p.prsnamespace
where {{user_schema n}}
  and {{not_in_extension pg_ts_parser p.oid}}
