-- Text search templates in user schemas, without those an extension created (INIT is optional: 0 then).
select t.oid,
       n.nspname as schema,
       t.tmplname as name,
       {{proc_name t.tmplinit}} as init_function,
       {{proc_name t.tmpllexize}} as lexize_function,
       {{comment pg_ts_template t.oid 0}} as comment
from pg_ts_template t
join pg_namespace n on n.oid = t.tmplnamespace
where {{user_schema n}}
  and {{not_in_extension pg_ts_template t.oid}}
