-- Table constraints: primary key, unique, foreign key, check, exclusion. NOT NULL (contype 'n' on 18) is a
-- column property; inherited constraints (conislocal false) and the clones on partitions (conparentid set)
-- belong to the parent. conindid names the index that backs a key, for dependencies. A key or exclusion
-- constraint of a partitioned table lists its partitions' constraints attached to it, by partition and name.
select con.oid,
       case when con.contype in ('p', 'u', 'x') then con.conindid else 0 end as backing_index,
       n.nspname as schema,
       c.relname as table_name,
       con.conname as name,
       con.contype as type,
       pg_get_constraintdef(con.oid) as definition,
       con.convalidated as validated,
       rn.nspname as ref_schema,
       rc.relname as ref_table,
       case when con.contype in ('p', 'u', 'x')
            then (select ic.reloptions from pg_class ic where ic.oid = con.conindid) end as index_options,
       case when con.contype in ('p', 'u', 'x') then {{comment pg_class con.conindid 0}} end as index_comment,
       {{comment pg_constraint con.oid 0}} as comment,
       a.schemas as attached_schemas,
       a.tables as attached_tables,
       a.names as attached_names
from pg_constraint con
join pg_class c on c.oid = con.conrelid
join pg_namespace n on n.oid = c.relnamespace
left join (
    -- one pass over the partitions' constraints, grouped by the parent's
    select ac.conparentid,
           array_agg(pn.nspname::text order by pn.nspname, pc.relname) as schemas,
           array_agg(pc.relname::text order by pn.nspname, pc.relname) as tables,
           array_agg(ac.conname::text order by pn.nspname, pc.relname) as names
    from pg_constraint ac
    join pg_class pc on pc.oid = ac.conrelid
    join pg_namespace pn on pn.oid = pc.relnamespace
    where ac.conparentid <> 0 and ac.contype in ('p', 'u', 'x')
    group by ac.conparentid
) a on a.conparentid = con.oid
left join pg_class rc on rc.oid = con.confrelid
left join pg_namespace rn on rn.oid = rc.relnamespace
where con.contype in ('p', 'u', 'f', 'c', 'x')
  and con.conislocal
  and con.conparentid = 0
  and c.relkind in ('r', 'p', 'f')
  and {{user_schema n}}
  and {{not_in_extension pg_class c.oid}}
