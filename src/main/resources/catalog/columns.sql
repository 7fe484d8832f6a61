-- Columns a table declares itself (attislocal; a partition's columns all come from its parent), without
-- dropped and system columns. Collation and storage only where they differ from the type's default; identity
-- columns bring their internal sequence's parameters. The statistics target is -1 for "not set" before 17 and
-- NULL from 17 on; both read as NULL. A NULL column ACL means no column privileges (acldefault 'c' is empty). A default cannot refer to columns, so it is deparsed
-- without its table (relid 0): with the table, pg_get_expr opens and locks every table of the database.
select c.oid as relid,
       a.attnum,
       a.position,
       n.nspname as schema,
       c.relname as table_name,
       a.attname as name,
       format_type(a.atttypid, a.atttypmod) as type,
       a.attnotnull as not_null,
       case when a.attgenerated = '' then pg_get_expr(ad.adbin, 0) end as default_expr,
       a.attidentity as identity,
       case when a.attgenerated <> '' then pg_get_expr(ad.adbin, ad.adrelid) end as generated,
       case when a.attcollation <> t.typcollation
            then {{collation_name co cn}}
       end as collation,
       case when a.attstorage <> t.typstorage then a.attstorage::text end as storage,
       case when a.attgenerated = 'v' then 'VIRTUAL' end as generated_storage,
       nn.conname as not_null_name,  -- pg18+
       null::text as not_null_name,  -- before pg18
       case when not nn.convalidated then true end as not_null_invalid,  -- pg18+
       null::boolean as not_null_invalid,  -- before pg18
       nullif(a.attstattarget, -1) as statistics,
       case a.attcompression when 'p' then 'pglz' when 'l' then 'lz4' end as compression,  -- pg14+
       null::text as compression,  -- before pg14
       a.attoptions as options,
       g.grantees, g.privileges, g.grantable,
       s.seqstart as identity_start,
       s.seqincrement as identity_increment,
       s.seqmin as identity_min,
       s.seqmax as identity_max,
       s.seqcache as identity_cache,
       s.seqcycle as identity_cycle,
       (select sc.relname from pg_class sc where sc.oid = s.seqrelid) as identity_sequence,
       {{comment pg_class c.oid a.attnum}} as comment
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
cross join lateral (
    -- position among the live columns (inherited ones included), which a dump and restore keeps
    select l.*, row_number() over (order by l.attnum) as position
    from pg_attribute l
    where l.attrelid = c.oid and l.attnum > 0 and not l.attisdropped
) a
join pg_type t on t.oid = a.atttypid
left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
left join pg_collation co on co.oid = a.attcollation
left join pg_namespace cn on cn.oid = co.collnamespace
left join lateral (
    select q.*
    from pg_depend dep
    join pg_sequence q on q.seqrelid = dep.objid
    where a.attidentity <> ''
      and dep.refclassid = 'pg_class'::regclass and dep.refobjid = c.oid and dep.refobjsubid = a.attnum
      and dep.classid = 'pg_class'::regclass and dep.deptype = 'i'
    limit 1
) s on true
left join pg_constraint nn on nn.conrelid = c.oid and nn.contype = 'n' and nn.conkey = array[a.attnum]  -- pg18+
{{grants a.attacl 'c' c.relowner}}
where c.relkind in ('r', 'p')
  and a.attislocal
  and not c.relispartition
  and {{user_schema n}}
  and {{not_in_extension pg_class c.oid}}
