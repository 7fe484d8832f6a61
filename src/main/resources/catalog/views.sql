-- Views and materialized views with their query, options (security_barrier, check_option, ...) and grants.
select c.oid,
       c.reltype,
       c.relkind = 'm' as materialized,
       n.nspname as schema,
       c.relname as name,
       pg_get_viewdef(c.oid) as definition,
       c.reloptions as options,
       g.grantees, g.privileges, g.grantable,
       {{comment pg_class c.oid 0}} as comment
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
{{grants c.relacl 'r' c.relowner}}
where c.relkind in ('v', 'm')
  and {{user_schema n}}
  and {{not_in_extension pg_class c.oid}}
