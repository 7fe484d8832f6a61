-- Estimated sizes of tables and materialized views, for the hazards of statements that lock, scan or rewrite
-- them: pg_class's planner statistics only (reltuples, relpages), which any role that can connect may read,
-- without opening the relations. reltuples is -1 on PostgreSQL 14+ for a table never vacuumed or analysed; 13
-- says 0 there, which cannot be told from an analysed empty table, so 0 rows in 0 pages reads as unknown on every
-- major (the same hazard text whichever major production runs).
-- Partitioned tables have no pages of their own: the reader adds up their partitions.
select n.nspname as schema,
       c.relname as name,
       c.relkind = 'm' as materialized,
       c.relkind = 'p' as partitioned,
       case when c.reltuples = 0 and c.relpages = 0 then -1 else c.reltuples::bigint end as rows,
       c.relpages::bigint * current_setting('block_size')::bigint as bytes,
       pn.nspname as parent_schema,
       pc.relname as parent_name
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
left join pg_inherits i on c.relispartition and i.inhrelid = c.oid
left join pg_class pc on pc.oid = i.inhparent
left join pg_namespace pn on pn.oid = pc.relnamespace
where c.relkind in ('r', 'p', 'm')
  and {{user_schema n}}
  and {{not_in_extension pg_class c.oid}}
