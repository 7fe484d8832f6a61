-- Sequences, except the internal ones of identity columns (pg_depend 'i' to their table; those belong to the
-- column). owned_* name the column a sequence is OWNED BY (pg_depend 'a'), as serial columns make.
select c.oid,
       n.nspname as schema,
       c.relname as name,
       format_type(s.seqtypid, null) as data_type,
       s.seqstart as start,
       s.seqincrement as increment,
       s.seqmin as min_value,
       s.seqmax as max_value,
       s.seqcache as cache,
       s.seqcycle as cycle,
       c.relpersistence = 'u' as unlogged,  -- UNLOGGED sequences exist from 15
       o.owned_schema, o.owned_table, o.owned_column,
       g.grantees, g.privileges, g.grantable,
       {{comment pg_class c.oid 0}} as comment
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
join pg_sequence s on s.seqrelid = c.oid
left join lateral (
    select tn.nspname as owned_schema, t.relname as owned_table, a.attname as owned_column
    from pg_depend dep
    join pg_class t on t.oid = dep.refobjid
    join pg_namespace tn on tn.oid = t.relnamespace
    join pg_attribute a on a.attrelid = t.oid and a.attnum = dep.refobjsubid
    where dep.classid = 'pg_class'::regclass and dep.objid = c.oid
      and dep.refclassid = 'pg_class'::regclass and dep.refobjsubid > 0 and dep.deptype = 'a'
    limit 1
) o on true
{{grants c.relacl 's' c.relowner}}
where c.relkind = 'S'
  and {{user_schema n}}
  and not exists (select 1 from pg_depend x
                  where x.classid = 'pg_class'::regclass and x.objid = c.oid and x.deptype in ('e', 'i'))
