-- Row-level security policies; role 0 in polroles means PUBLIC.
select pol.oid,
       n.nspname as schema,
       c.relname as table_name,
       pol.polname as name,
       pol.polcmd as command,
       pol.polpermissive as permissive,
       array(select case when r = 0 then 'PUBLIC' else pg_get_userbyid(r)::text end
             from unnest(pol.polroles) r) as roles,
       pg_get_expr(pol.polqual, pol.polrelid) as using_expr,
       pg_get_expr(pol.polwithcheck, pol.polrelid) as with_check,
       {{comment pg_policy pol.oid 0}} as comment
from pg_policy pol
join pg_class c on c.oid = pol.polrelid
join pg_namespace n on n.oid = c.relnamespace
where {{user_schema n}}
  and {{not_in_extension pg_class c.oid}}
