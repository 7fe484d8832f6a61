-- Triggers on tables and views, without the internal ones (foreign keys) and the clones the server puts on
-- partitions of a table that has the trigger (tgparentid, PostgreSQL 13+). A clone is only read where its
-- enabled state differs from its parent trigger's (ALTER TABLE partition DISABLE TRIGGER): listed on the
-- trigger it descends from, shallowest partition first, since a parent's ENABLE/DISABLE reaches below it.
with recursive clone as (
    select ch.oid, ch.tgparentid as root, ch.tgrelid, ch.tgenabled, p.tgenabled as parent_enabled, 1 as depth
    from pg_trigger ch
    join pg_trigger p on p.oid = ch.tgparentid
    where p.tgparentid = 0
    union all
    select ch.oid, c.root, ch.tgrelid, ch.tgenabled, c.tgenabled, c.depth + 1
    from pg_trigger ch
    join clone c on ch.tgparentid = c.oid
), differing as (
    select c.root,
           array_agg(cn.nspname order by c.depth, cn.nspname, cr.relname) as schemas,
           array_agg(cr.relname order by c.depth, cn.nspname, cr.relname) as tables,
           array_agg(c.tgenabled::text order by c.depth, cn.nspname, cr.relname) as states
    from clone c
    join pg_class cr on cr.oid = c.tgrelid
    join pg_namespace cn on cn.oid = cr.relnamespace
    where c.tgenabled <> c.parent_enabled
    group by c.root
)
select tg.oid,
       n.nspname as schema,
       c.relname as table_name,
       tg.tgname as name,
       pg_get_triggerdef(tg.oid) as definition,
       tg.tgenabled as enabled,
       d.schemas as clone_schemas,
       d.tables as clone_tables,
       d.states as clone_states,
       {{comment pg_trigger tg.oid 0}} as comment
from pg_trigger tg
join pg_class c on c.oid = tg.tgrelid
join pg_namespace n on n.oid = c.relnamespace
left join differing d on d.root = tg.oid
where not tg.tgisinternal
  and tg.tgparentid = 0
  and {{user_schema n}}
  and {{not_in_extension pg_class c.oid}}
