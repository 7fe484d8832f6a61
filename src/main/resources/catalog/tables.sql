-- Tables (ordinary and partitioned, partitions included). Parents come in inhseqno order: for a partition the
-- one parent is its partitioned table, otherwise they are the INHERITS list. Bounds hold only constants, so
-- they are deparsed without opening (and locking) each partition.
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
       g.grantees, g.privileges, g.grantable,
       {{comment pg_class c.oid 0}} as comment
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
cross join lateral (
    select array_agg(pn.nspname::text order by i.inhseqno) as schemas,
           array_agg(pc.relname::text order by i.inhseqno) as names
    from pg_inherits i
    join pg_class pc on pc.oid = i.inhparent
    join pg_namespace pn on pn.oid = pc.relnamespace
    where i.inhrelid = c.oid
) p
{{grants c.relacl 'r' c.relowner}}
where c.relkind in ('r', 'p')
  and {{user_schema n}}
  and {{not_in_extension pg_class c.oid}}
