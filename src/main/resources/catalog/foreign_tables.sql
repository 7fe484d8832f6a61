-- Foreign tables with their server, options and columns (in attnum order; dropped and system columns left
-- out). As in columns.sql, collation and storage only where they differ from the type's default, defaults
-- deparsed without their table (relid 0), which would open and lock it, and only the columns the table
-- declares itself: an inheritance child's inherited columns are its parent's, a partition's are all its
-- parent's. Parents and the partition bound are read as in tables.sql. A column's privileges are one text
-- per column (grantee, privilege, grantable joined by chr(2), entries by chr(1)); as for tables' columns, one
-- granted to the owner is a grant to '(owner)' (a column ACL's default is empty: the owner never lacks one).
select c.oid,
       n.nspname as schema,
       c.relname as name,
       s.srvname as server,
       ft.ftoptions as options,
       c.relispartition as is_partition,
       case when c.relispartition then pg_get_expr(c.relpartbound, 0) end as partition_bound,
       p.schemas as parent_schemas, p.names as parent_names,
       col.names as column_names, col.types as column_types, col.not_nulls as column_not_nulls,
       col.defaults as column_defaults, col.collations as column_collations,
       col.options as column_options, col.comments as column_comments,
       col.storages as column_storages, col.statistics as column_statistics,
       col.attribute_options as column_attribute_options, col.grants as column_grants,
       col.not_null_names as column_not_null_names,
       g.grantees, g.privileges, g.grantable,
       {{comment pg_class c.oid 0}} as comment
from pg_foreign_table ft
join pg_class c on c.oid = ft.ftrelid
join pg_namespace n on n.oid = c.relnamespace
join pg_foreign_server s on s.oid = ft.ftserver
{{parents c.oid}}
-- a grouped subquery joined on the table, not a LATERAL one: PostgreSQL 13 can fail to plan an aggregate in a
-- LATERAL subquery whose inner subqueries reach the outer table ("bogus varlevelsup"), depending on statistics
left join (
    select a.attrelid,
           array_agg(a.attname::text order by a.attnum) as names,
           array_agg(format_type(a.atttypid, a.atttypmod) order by a.attnum) as types,
           array_agg(a.attnotnull order by a.attnum) as not_nulls,
           -- a generated column's expression names other columns: deparsed without its table (0) it fails
           array_agg(case when a.attgenerated = '' then pg_get_expr(ad.adbin, 0) end order by a.attnum) as defaults,
           array_agg(case when a.attcollation <> t.typcollation then {{collation_name co cn}} end
                     order by a.attnum) as collations,
           -- one text per column: its options as name=value, joined by a character no option holds
           array_agg(array_to_string(a.attfdwoptions, chr(1)) order by a.attnum) as options,
           array_agg(ad_comment.description order by a.attnum) as comments,
           array_agg(case when a.attstorage <> t.typstorage then a.attstorage::text end order by a.attnum) as storages,
           array_agg(nullif(a.attstattarget, -1) order by a.attnum) as statistics,
           array_agg(array_to_string(a.attoptions, chr(1)) order by a.attnum) as attribute_options,
           array_agg(acl.entries order by a.attnum) as grants,
           array_agg(nn.conname::text order by a.attnum) as not_null_names  -- pg18+
           null::text[] as not_null_names  -- before pg18
    from pg_attribute a
    join pg_type t on t.oid = a.atttypid
    left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
    left join pg_collation co on co.oid = a.attcollation
    left join pg_namespace cn on cn.oid = co.collnamespace
    join pg_class ac on ac.oid = a.attrelid
    -- joined, not a subquery in the aggregate, which PostgreSQL 13 cannot plan ("bogus varlevelsup")
    left join pg_description ad_comment on ad_comment.objoid = a.attrelid and ad_comment.objsubid = a.attnum
                                       and ad_comment.classoid = 'pg_class'::regclass
    left join pg_constraint nn on nn.conrelid = a.attrelid and nn.contype = 'n' and nn.conkey = array[a.attnum]  -- pg18+
    left join lateral (
        select string_agg(case when x.grantee = ac.relowner then '(owner)' when x.grantee = 0 then 'PUBLIC'
                               else pg_get_userbyid(x.grantee)::text end
                          || chr(2) || x.privilege_type || chr(2) || x.is_grantable::text, chr(1)
                          order by x.grantee, x.privilege_type) as entries
        from aclexplode(a.attacl) x
    ) acl on true
    where ac.relkind = 'f' and a.attnum > 0 and not a.attisdropped
      and a.attislocal and not ac.relispartition
    group by a.attrelid
) col on col.attrelid = c.oid
{{grants c.relacl 'r' c.relowner}}
where {{user_schema n}}
  and {{not_in_extension pg_class c.oid}}
