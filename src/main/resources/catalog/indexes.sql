-- Indexes of tables and materialized views, except those that back a constraint (the constraint stands for
-- them) and the indexes of partitions attached to a parent's index (pg_inherits links them). An index a failed
-- CREATE INDEX CONCURRENTLY left behind is read too, marked not valid, so that the migration rebuilds it. A
-- statistics target not set is -1 before 17 and NULL from 17 on; both are left out. A partitioned index lists
-- the partitions' indexes attached to it, by partition and name.
select i.indexrelid as oid,
       n.nspname as schema,
       t.relname as table_name,
       ic.relname as name,
       quote_ident(ic.relname) as quoted_name,
       pg_get_indexdef(i.indexrelid) as definition,
       i.indisvalid as valid,
       (select array_agg(a.attnum || '=' || a.attstattarget order by a.attnum)
        from pg_attribute a
        where a.attrelid = i.indexrelid and a.attnum > 0 and a.attstattarget >= 0) as statistics,
       {{comment pg_class i.indexrelid 0}} as comment,
       att.schemas as attached_schemas,
       att.tables as attached_tables,
       att.names as attached_names
from pg_index i
join pg_class ic on ic.oid = i.indexrelid
join pg_class t on t.oid = i.indrelid
join pg_namespace n on n.oid = t.relnamespace
left join (
    -- one pass over the partitions' indexes, grouped by the parent's (a join, not a lateral aggregate, which
    -- PostgreSQL 13 may fail to plan beside this query's sub-selects: "bogus varlevelsup")
    select ai.inhparent,
           array_agg(pn.nspname::text order by pn.nspname, pc.relname) as schemas,
           array_agg(pc.relname::text order by pn.nspname, pc.relname) as tables,
           array_agg(ac.relname::text order by pn.nspname, pc.relname) as names
    from pg_inherits ai
    join pg_class ac on ac.oid = ai.inhrelid and ac.relkind in ('i', 'I')
    join pg_index ax on ax.indexrelid = ai.inhrelid
    join pg_class pc on pc.oid = ax.indrelid
    join pg_namespace pn on pn.oid = pc.relnamespace
    group by ai.inhparent
) att on att.inhparent = i.indexrelid
where t.relkind in ('r', 'p', 'm')
  and {{user_schema n}}
  and not exists (select 1 from pg_constraint con
                  where con.conindid = i.indexrelid and con.conrelid = i.indrelid and con.contype in ('p', 'u', 'x'))
  and not exists (select 1 from pg_inherits inh where inh.inhrelid = i.indexrelid)
  and {{not_in_extension pg_class t.oid}}
