-- Schemas, without the system ones and those an extension created.
-- Grants: the ACL exploded, the owner's own entries left out; a NULL ACL reads as the default (owner only).
select n.oid,
       n.nspname as name,
       g.grantees, g.privileges, g.grantable,
       {{comment pg_namespace n.oid 0}} as comment
from pg_namespace n
{{grants n.nspacl 'n' n.nspowner}}
where {{user_schema n}}
  and {{not_in_extension pg_namespace n.oid}}
