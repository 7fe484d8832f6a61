-- Stand-alone composite types (CREATE TYPE ... AS): their relation has relkind 'c'. Attributes in order,
-- collation only when not the attribute type's default.
select t.oid,
       t.typarray,
       t.typrelid,
       n.nspname as schema,
       t.typname as name,
       at.names as attribute_names, at.types as attribute_types, at.collations as attribute_collations,
       at.comments as attribute_comments,
       g.grantees, g.privileges, g.grantable,
       {{comment pg_type t.oid 0}} as comment
from pg_type t
join pg_class r on r.oid = t.typrelid and r.relkind = 'c'
join pg_namespace n on n.oid = t.typnamespace
cross join lateral (
    select array_agg(a.attname::text order by a.attnum) as names,
           array_agg(format_type(a.atttypid, a.atttypmod) order by a.attnum) as types,
           array_agg(case when a.attcollation <> at.typcollation
                          then {{collation_name co cn}}
                     end order by a.attnum) as collations,
           array_agg(ad.description order by a.attnum) as comments
    from pg_attribute a
    join pg_type at on at.oid = a.atttypid
    -- the comment joined, not a sub-select in the aggregate, which PostgreSQL 13 may fail to plan ("bogus varlevelsup")
    left join pg_description ad on ad.objoid = a.attrelid and ad.classoid = 'pg_class'::regclass
                               and ad.objsubid = a.attnum
    left join pg_collation co on co.oid = a.attcollation
    left join pg_namespace cn on cn.oid = co.collnamespace
    where a.attrelid = t.typrelid and a.attnum > 0 and not a.attisdropped
) at
{{grants t.typacl 'T' t.typowner}}
where t.typtype = 'c'
  and {{user_schema n}}
  and {{not_in_extension pg_type t.oid}}
