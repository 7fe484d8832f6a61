cross join lateral (
    -- privileges from the ACL $1 of an object owned by $3; a NULL ACL is the default of object type $2.
    -- The owner's own entries are not grants to compare (owners differ between environments), but a privilege
    -- of the default that the owner gave up (REVOKE ... FROM owner, which pg_dump shows) is: one entry each,
    -- for the grantee '(owner lacks)', whatever the owner is called.
    select array_agg(e.grantee) as grantees, array_agg(e.privilege) as privileges, array_agg(e.grantable) as grantable
    from (
        select case when a.grantee = 0 then 'PUBLIC' else pg_get_userbyid(a.grantee)::text end as grantee,
               a.privilege_type as privilege, a.is_grantable as grantable
        from aclexplode(coalesce($1, acldefault($2, $3))) a
        where a.grantee <> $3
        union all
        -- and a privilege beyond the default granted to the owner itself (GRANT SELECT (c) ON t TO its owner:
        -- a column's default is none), for the grantee '(owner)'
        -- (both anti-joins, not NOT EXISTS: a sub-select here is what PostgreSQL 13 may fail to plan, "bogus
        -- varlevelsup"; aliases the callers' $1 cannot mean)
        select '(owner)', ox.privilege_type, ox.is_grantable
        from aclexplode($1) ox
        left join aclexplode(acldefault($2, $3)) odf on odf.grantee = ox.grantee
                                                   and odf.privilege_type = ox.privilege_type
        where ox.grantee = $3 and odf.grantee is null
        union all
        select '(owner lacks)', ldf.privilege_type, false
        from aclexplode(acldefault($2, $3)) ldf
        left join aclexplode($1) lx on lx.grantee = ldf.grantee and lx.privilege_type = ldf.privilege_type
        where $1 is not null and ldf.grantee = $3 and lx.grantee is null
    ) e
) g
