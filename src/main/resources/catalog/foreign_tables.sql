-- Foreign tables with their server, options and columns (in attnum order; dropped and system columns left
-- out). As in columns.sql, collation only where it differs from the type's default, and defaults deparsed
-- without their table (relid 0), which would open and lock it.
select c.oid,
       n.nspname as schema,
       c.relname as name,
       s.srvname as server,
       ft.ftoptions as options,
       col.names as column_names, col.types as column_types, col.not_nulls as column_not_nulls,
       col.defaults as column_defaults, col.collations as column_collations,
       col.options as column_options, col.comments as column_comments,
       g.grantees, g.privileges, g.grantable,
       {{comment pg_class c.oid 0}} as comment
from pg_foreign_table ft
join pg_class c on c.oid = ft.ftrelid
join pg_namespace n on n.oid = c.relnamespace
join pg_foreign_server s on s.oid = ft.ftserver
cross join lateral (
    select array_agg(a.attname::text order by a.attnum) as names,
           array_agg(format_type(a.atttypid, a.atttypmod) order by a.attnum) as types,
           array_agg(a.attnotnull order by a.attnum) as not_nulls,
           array_agg(pg_get_expr(ad.adbin, 0) order by a.attnum) as defaults,
           array_agg(case when a.attcollation <> t.typcollation then {{collation_name co cn}} end
                     order by a.attnum) as collations,
           -- one text per column: its options as name=value, joined by a character no option holds
           array_agg(array_to_string(a.attfdwoptions, chr(1)) order by a.attnum) as options,
           array_agg(ad_comment.description order by a.attnum) as comments
    from pg_attribute a
    join pg_type t on t.oid = a.atttypid
    left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
    left join pg_collation co on co.oid = a.attcollation
    left join pg_namespace cn on cn.oid = co.collnamespace
    -- joined, not a subquery in the aggregate, which PostgreSQL 13 cannot plan ("bogus varlevelsup")
    left join pg_description ad_comment on ad_comment.objoid = a.attrelid and ad_comment.objsubid = a.attnum
                                       and ad_comment.classoid = 'pg_class'::regclass
    where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
) col
{{grants c.relacl 'r' c.relowner}}
where {{user_schema n}}
  and {{not_in_extension pg_class c.oid}}
