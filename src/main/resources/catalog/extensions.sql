-- Installed extensions (the objects they create are left out of every other query).
-- Privileges on an extension's own objects are the extension's, but a GRANT or REVOKE on one after it was
-- installed is schema (pg_dump shows it): for each member whose ACL is no longer the one the extension gave it
-- (pg_init_privs), both lists are read, the owner's own entries left out, as parallel arrays by member.
select e.oid,
       e.extname as name,
       e.extversion as version,
       n.nspname as schema,
       mg.targets as member_targets, mg.initial as member_initial, mg.grantees as member_grantees,
       mg.privileges as member_privileges, mg.grantable as member_grantable,
       {{comment pg_extension e.oid 0}} as comment
from pg_extension e
join pg_namespace n on n.oid = e.extnamespace
left join lateral (
    select array_agg(m.target order by m.target) as targets, array_agg(x.initial order by m.target) as initial,
           array_agg(x.grantee order by m.target) as grantees, array_agg(x.privilege order by m.target) as privileges,
           array_agg(x.grantable order by m.target) as grantable
    from (
        select 'ROUTINE ' || p.oid::regprocedure::text as target, p.proacl as acl, p.proowner as owner,
               'f'::"char" as type, d.classid, d.objid
        from pg_depend d join pg_proc p on p.oid = d.objid
        where d.classid = 'pg_proc'::regclass and d.refobjid = e.oid
          and d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
        union all
        select case when c.relkind = 'S' then 'SEQUENCE ' else 'TABLE ' end || c.oid::regclass::text, c.relacl,
               c.relowner, case when c.relkind = 'S' then 's' else 'r' end::"char", d.classid, d.objid
        from pg_depend d join pg_class c on c.oid = d.objid
        where d.classid = 'pg_class'::regclass and d.refobjid = e.oid
          and d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
        union all
        select 'TYPE ' || format_type(t.oid, null), t.typacl, t.typowner, 'T'::"char", d.classid, d.objid
        from pg_depend d join pg_type t on t.oid = d.objid
        where d.classid = 'pg_type'::regclass and d.refobjid = e.oid
          and d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
        union all
        select 'LANGUAGE ' || quote_ident(l.lanname), l.lanacl, l.lanowner, 'l'::"char", d.classid, d.objid
        from pg_depend d join pg_language l on l.oid = d.objid
        where d.classid = 'pg_language'::regclass and d.refobjid = e.oid
          and d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
    ) m
    left join pg_init_privs ip on ip.classoid = m.classid and ip.objoid = m.objid and ip.objsubid = 0
    cross join lateral (
        select false as initial,
               case when a.grantee = 0 then 'PUBLIC' else pg_get_userbyid(a.grantee)::text end as grantee,
               a.privilege_type as privilege, a.is_grantable as grantable
        from aclexplode(coalesce(m.acl, acldefault(m.type, m.owner))) a
        where a.grantee <> m.owner
        union all
        select true, case when a.grantee = 0 then 'PUBLIC' else pg_get_userbyid(a.grantee)::text end,
               a.privilege_type, a.is_grantable
        from aclexplode(coalesce(ip.initprivs, acldefault(m.type, m.owner))) a
        where a.grantee <> m.owner
    ) x
    where coalesce(m.acl, acldefault(m.type, m.owner)) is distinct from coalesce(ip.initprivs, acldefault(m.type, m.owner))
) mg on true
