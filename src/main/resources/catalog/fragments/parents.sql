cross join lateral (
    -- the parents of relation $1 in inhseqno order: a partition's partitioned table, or the INHERITS list
    select array_agg(pn.nspname::text order by i.inhseqno) as schemas,
           array_agg(pc.relname::text order by i.inhseqno) as names
    from pg_inherits i
    join pg_class pc on pc.oid = i.inhparent
    join pg_namespace pn on pn.oid = pc.relnamespace
    where i.inhrelid = $1
) p
