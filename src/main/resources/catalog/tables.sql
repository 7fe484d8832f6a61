-- Tables (ordinary and partitioned, partitions included). Parents come in inhseqno order: for a partition the
-- one parent is its partitioned table, otherwise they are the INHERITS list. Bounds hold only constants, so
-- they are deparsed without opening (and locking) each partition. Replica identity and CLUSTER ON name an
-- index of the table; the TOAST table's storage parameters are the table's toast.* parameters. The access
-- method reads as NULL for heap, and for a partitioned table that has none (relam 0, always so before 17).
select c.oid,
       c.reltype,
       n.nspname as schema,
       c.relname as name,
       c.relpersistence = 'u' as unlogged,
       case when c.relkind = 'p' then pg_get_partkeydef(c.oid) end as partition_key,
       c.relispartition as is_partition,
       case when c.relispartition then pg_get_expr(c.relpartbound, 0) end as partition_bound,
       p.schemas as parent_schemas, p.names as parent_names,
       c.relrowsecurity as row_security,
       c.relforcerowsecurity as force_row_security,
       c.reloptions as options,
       (select tc.reloptions from pg_class tc where tc.oid = c.reltoastrelid) as toast_options,
       case c.relreplident
            when 'f' then 'FULL'
            when 'n' then 'NOTHING'
            when 'i' then (select 'USING INDEX ' || ic.relname
                           from pg_index x join pg_class ic on ic.oid = x.indexrelid
                           where x.indrelid = c.oid and x.indisreplident)
       end as replica_identity,
       (select ic.relname from pg_index x join pg_class ic on ic.oid = x.indexrelid
        where x.indrelid = c.oid and x.indisclustered) as cluster_on,
       (select a.amname from pg_am a where a.oid = c.relam and a.amname <> 'heap') as access_method,
       -- a typed table (CREATE TABLE ... OF type): the composite type its columns come from
       (select tn.nspname from pg_type ot join pg_namespace tn on tn.oid = ot.typnamespace
        where ot.oid = c.reloftype) as of_type_schema,
       (select ot.typname from pg_type ot where ot.oid = c.reloftype) as of_type_name,
       lc.names as local_column_names, lc.defaults as local_column_defaults, lc.not_nulls as local_column_not_nulls,
       g.grantees, g.privileges, g.grantable,
       {{comment pg_class c.oid 0}} as comment,
       exists (select from pg_inherits di where di.inhrelid = c.oid and di.inhdetachpending) as detach_pending -- pg14+
       false as detach_pending -- before pg14
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
{{parents c.oid}}
cross join lateral (
    -- a partition's (or an inheritance child's) own default or NOT NULL on a column it takes from its parent,
    -- where the two differ; a child's columns it declares itself are columns of its own (columns.sql)
    select array_agg(a.attname::text order by a.attnum) as names,
           -- each pg_get_expr guarded by its own column's attgenerated, so that whatever order the planner joins
           -- in it never deparses a generated expression without its table (it names columns: an error)
           array_agg(case when a.attgenerated = '' then pg_get_expr(d.adbin, 0) end order by a.attnum) as defaults,
           array_agg(a.attnotnull order by a.attnum) as not_nulls
    from pg_inherits pi
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
    join pg_attribute pa on pa.attrelid = pi.inhparent and pa.attname = a.attname
    left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
    left join pg_attrdef pd on pd.adrelid = pa.attrelid and pd.adnum = pa.attnum
    where (c.relispartition or not a.attislocal) and pi.inhrelid = c.oid
      and (case when a.attgenerated = '' then pg_get_expr(d.adbin, 0) end
           is distinct from case when pa.attgenerated = '' then pg_get_expr(pd.adbin, 0) end
           or a.attnotnull <> pa.attnotnull)
) lc
{{grants c.relacl 'r' c.relowner}}
where c.relkind in ('r', 'p')
  and {{user_schema n}}
  and {{not_in_extension pg_class c.oid}}
