-- Default privileges (ALTER DEFAULT PRIVILEGES): one row per role, schema ('' for a database-wide entry) and
-- object type. A database-wide entry replaces the built-in default of its type, so it is read as what it grants
-- beyond acldefault and what of acldefault it takes away; a per-schema entry only adds, so all of it is granted.
-- acldefault names sequences 's' where pg_default_acl says 'S'.
select d.oid,
       pg_get_userbyid(d.defaclrole)::text as role,
       coalesce(n.nspname, '') as schema,
       case d.defaclobjtype when 'r' then 'tables' when 'S' then 'sequences' when 'f' then 'functions'
                            when 'T' then 'types' when 'n' then 'schemas' when 'L' then 'large objects'
                            else d.defaclobjtype::text end as objects,
       g.grantees, g.privileges, g.grantable,
       r.grantees as revoked_grantees, r.privileges as revoked_privileges, r.grantable as revoked_grantable
from pg_default_acl d
left join pg_namespace n on n.oid = d.defaclnamespace
cross join lateral (
    select acldefault(case d.defaclobjtype when 'S' then 's' else d.defaclobjtype end, d.defaclrole) as acl
) b
cross join lateral (
    select array_agg(case when a.grantee = 0 then 'PUBLIC' else pg_get_userbyid(a.grantee)::text end) as grantees,
           array_agg(a.privilege_type) as privileges,
           array_agg(a.is_grantable) as grantable
    from aclexplode(d.defaclacl) a
    where d.defaclnamespace <> 0
       or not exists (select 1 from aclexplode(b.acl) x
                      where x.grantee = a.grantee and x.privilege_type = a.privilege_type
                        and x.is_grantable = a.is_grantable)
) g
cross join lateral (
    select array_agg(case when x.grantee = 0 then 'PUBLIC' else pg_get_userbyid(x.grantee)::text end) as grantees,
           array_agg(x.privilege_type) as privileges,
           array_agg(false) as grantable
    from aclexplode(b.acl) x
    where d.defaclnamespace = 0
      and not exists (select 1 from aclexplode(d.defaclacl) a
                      where a.grantee = x.grantee and a.privilege_type = x.privilege_type)
) r
where (d.defaclnamespace = 0 or {{user_schema n}})
  and {{not_in_extension pg_default_acl d.oid}}
