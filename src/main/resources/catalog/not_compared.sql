-- What a schema holds that pgdrift does not compare, counted per kind and schema (database-wide kinds have
-- no schema), so that a report never says "identical" about what it did not look at. Objects that belong to
-- an extension are the extension's and are left out, as in every other query; so are built-in objects (OIDs
-- below FirstNormalObjectId, 16384, for the kinds that have no schema of their own).
select kind, schema, count(*)::int as count
from (
    select 'base type' as kind, n.nspname as schema
    from pg_type t join pg_namespace n on n.oid = t.typnamespace
    where t.typtype = 'b' and {{user_schema n}}
      and not exists (select 1 from pg_type e where e.typarray = t.oid)
      and {{not_in_extension pg_type t.oid}}
    union all
    -- a table, index or materialized view placed in a tablespace other than the database's default: where
    -- the data lives is chosen per server (and pg_dump --no-tablespaces leaves it out), so it is only counted
    select 'tablespace placement', n.nspname
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.reltablespace <> 0 and c.relkind in ('r', 'p', 'i', 'I', 'm') and {{user_schema n}}
      and {{not_in_extension pg_class c.oid}}
    union all
    -- a foreign table's generated column: its expression is not read (a foreign table's columns carry
    -- defaults, and a generated expression deparsed without its table fails on the column references)
    select 'generated column of a foreign table', n.nspname
    from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
    where c.relkind = 'f' and a.attnum > 0 and not a.attisdropped and a.attgenerated <> ''
      and {{user_schema n}} and {{not_in_extension pg_class c.oid}}
) uncovered
group by kind, schema
order by kind, schema
