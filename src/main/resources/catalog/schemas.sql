-- Schemas, without the system ones and those an extension created.
-- Grants: the ACL exploded, the owner's own entries left out; a NULL ACL reads as the default (owner only).
select n.oid,
       n.nspname as name,
       g.grantees, g.privileges, g.grantable,
       d.description as comment
from pg_namespace n
{{grants n.nspacl 'n' n.nspowner}}
left join pg_description d
       on d.objoid = n.oid and d.classoid = 'pg_namespace'::regclass and d.objsubid = 0
where {{user_schema n}}
  and {{not_in_extension pg_namespace n.oid}}
