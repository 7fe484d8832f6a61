-- Installed extensions (the objects they create are left out of every other query).
select e.oid,
       e.extname as name,
       e.extversion as version,
       n.nspname as schema,
       d.description as comment
from pg_extension e
join pg_namespace n on n.oid = e.extnamespace
left join pg_description d
       on d.objoid = e.oid and d.classoid = 'pg_extension'::regclass and d.objsubid = 0
