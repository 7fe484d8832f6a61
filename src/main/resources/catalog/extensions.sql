-- Installed extensions (the objects they create are left out of every other query).
select e.oid,
       e.extname as name,
       e.extversion as version,
       n.nspname as schema,
       {{comment pg_extension e.oid 0}} as comment
from pg_extension e
join pg_namespace n on n.oid = e.extnamespace
