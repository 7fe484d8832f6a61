cross join lateral (
    -- privileges from the ACL $1 of an object owned by $3; a NULL ACL is the default of object type $2;
    -- the owner's own entries are left out
    select array_agg(case when a.grantee = 0 then 'PUBLIC' else pg_get_userbyid(a.grantee)::text end) as grantees,
           array_agg(a.privilege_type) as privileges,
           array_agg(a.is_grantable) as grantable
    from aclexplode(coalesce($1, acldefault($2, $3))) a
    where a.grantee <> $3
) g
