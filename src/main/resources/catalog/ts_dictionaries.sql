-- Text search dictionaries in user schemas, without those an extension created. dictinitoption is the
-- server's own deparse of the options (name = value, ...), read as it is and split into options by the reader.
select dict.oid,
       n.nspname as schema,
       dict.dictname as name,
       quote_ident(tn.nspname) || '.' || quote_ident(t.tmplname) as template,
       dict.dictinitoption as options,
       {{comment pg_ts_dict dict.oid 0}} as comment
from pg_ts_dict dict
join pg_namespace n on n.oid = dict.dictnamespace
join pg_ts_template t on t.oid = dict.dicttemplate
join pg_namespace tn on tn.oid = t.tmplnamespace
where {{user_schema n}}
  and {{not_in_extension pg_ts_dict dict.oid}}
