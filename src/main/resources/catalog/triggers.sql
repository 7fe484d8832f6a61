-- Triggers on tables and views, without the internal ones (foreign keys) and the clones the server puts on
-- partitions of a table that has the trigger (tgparentid, PostgreSQL 13+).
select tg.oid,
       n.nspname as schema,
       c.relname as table_name,
       tg.tgname as name,
       pg_get_triggerdef(tg.oid) as definition,
       tg.tgenabled as enabled,
       {{comment pg_trigger tg.oid 0}} as comment
from pg_trigger tg
join pg_class c on c.oid = tg.tgrelid
join pg_namespace n on n.oid = c.relnamespace
where not tg.tgisinternal
  and tg.tgparentid = 0
  and {{user_schema n}}
  and {{not_in_extension pg_class c.oid}}
