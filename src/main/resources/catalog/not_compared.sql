-- What a schema holds that pgdrift does not compare, counted per kind and schema (database-wide kinds have
-- no schema), so that a report never says "identical" about what it did not look at. Objects that belong to
-- an extension are the extension's and are left out, as in every other query; so are built-in objects (OIDs
-- below FirstNormalObjectId, 16384, for the kinds that have no schema of their own).
select kind, schema, count(*)::int as count
from (
    select case p.prokind when 'a' then 'aggregate' else 'window function' end as kind, n.nspname as schema
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where p.prokind in ('a', 'w') and {{user_schema n}} and {{not_in_extension pg_proc p.oid}}
    union all
    select 'rule', n.nspname
    from pg_rewrite r join pg_class c on c.oid = r.ev_class join pg_namespace n on n.oid = c.relnamespace
    where r.rulename <> '_RETURN' and {{user_schema n}} and {{not_in_extension pg_class c.oid}}
    union all
    select 'base type', n.nspname
    from pg_type t join pg_namespace n on n.oid = t.typnamespace
    where t.typtype = 'b' and {{user_schema n}}
      and not exists (select 1 from pg_type e where e.typarray = t.oid)
      and {{not_in_extension pg_type t.oid}}
    union all
    select 'cast', ''
    from pg_cast c
    where c.oid >= 16384 and {{not_in_extension pg_cast c.oid}}
      -- the casts between a range and its multirange (14+) belong to the range type
      and not exists (select 1 from pg_depend x
                      where x.classid = 'pg_cast'::regclass and x.objid = c.oid and x.deptype = 'i')
    union all
    select 'procedural language', ''
    from pg_language l
    where l.oid >= 16384 and {{not_in_extension pg_language l.oid}}
    union all
    select 'access method', ''
    from pg_am a
    where a.oid >= 16384 and {{not_in_extension pg_am a.oid}}
) uncovered
group by kind, schema
order by kind, schema
