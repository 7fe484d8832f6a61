-- Domains: base type, default, NOT NULL, collation (only when not the base type's), CHECK constraints by name.
-- Domain NOT NULL constraints (contype 'n' on 17+) are the not_null flag, not checks.
select t.oid,
       t.typarray,
       n.nspname as schema,
       t.typname as name,
       format_type(t.typbasetype, t.typtypmod) as base_type,
       t.typnotnull as not_null,
       coalesce(pg_get_expr(t.typdefaultbin, 0), t.typdefault) as default_expr,
       case when t.typcollation <> b.typcollation
            then {{collation_name co cn}}
       end as collation,
       k.names as check_names, k.definitions as check_definitions, k.validated as check_validated,
       k.comments as check_comments,
       g.grantees, g.privileges, g.grantable,
       {{comment pg_type t.oid 0}} as comment
from pg_type t
join pg_namespace n on n.oid = t.typnamespace
join pg_type b on b.oid = t.typbasetype
left join pg_collation co on co.oid = t.typcollation
left join pg_namespace cn on cn.oid = co.collnamespace
cross join lateral (
    select array_agg(c.conname::text order by c.conname) as names,
           array_agg(pg_get_constraintdef(c.oid) order by c.conname) as definitions,
           array_agg(c.convalidated order by c.conname) as validated,
           array_agg({{comment pg_constraint c.oid 0}} order by c.conname) as comments
    from pg_constraint c
    where c.contypid = t.oid and c.contype = 'c'
) k
{{grants t.typacl 'T' t.typowner}}
where t.typtype = 'd'
  and {{user_schema n}}
  and {{not_in_extension pg_type t.oid}}
