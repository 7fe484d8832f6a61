-- The owner of every object that has one, as (catalog, OID) for the reader to name through the objects it has
-- already read: what no other query read (system and extension objects) is dropped there. Schemas have no OID
-- entry, so they come with their name. A sequence OWNED BY a column is left out: it follows its table's owner,
-- and ALTER SEQUENCE ... OWNER TO refuses it.
-- PostgreSQL 15 gave the public schema to pg_database_owner: read as the database's owner, whom it stands for.
select 'pg_namespace'::regclass::oid as classid, n.oid, n.nspname as schema,
       case when pg_get_userbyid(n.nspowner) = 'pg_database_owner'
            then (select pg_get_userbyid(d.datdba) from pg_database d where d.datname = current_database())
            else pg_get_userbyid(n.nspowner) end::text as owner
from pg_namespace n
where {{user_schema n}} and {{not_in_extension pg_namespace n.oid}}
union all
select 'pg_class'::regclass::oid, c.oid, null, pg_get_userbyid(c.relowner)::text
from pg_class c join pg_namespace n on n.oid = c.relnamespace
where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f', 'c') and {{user_schema n}}
  and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid
                  and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i') and c.relkind = 'S')
union all
select 'pg_type'::regclass::oid, t.oid, null, pg_get_userbyid(t.typowner)::text
from pg_type t join pg_namespace n on n.oid = t.typnamespace
where t.typtype in ('e', 'd') and {{user_schema n}}
union all
select 'pg_proc'::regclass::oid, p.oid, null, pg_get_userbyid(p.proowner)::text
from pg_proc p join pg_namespace n on n.oid = p.pronamespace
where {{user_schema n}}
union all
select 'pg_collation'::regclass::oid, c.oid, null, pg_get_userbyid(c.collowner)::text
from pg_collation c join pg_namespace n on n.oid = c.collnamespace
where {{user_schema n}}
union all
select 'pg_statistic_ext'::regclass::oid, s.oid, null, pg_get_userbyid(s.stxowner)::text
from pg_statistic_ext s join pg_namespace n on n.oid = s.stxnamespace
where {{user_schema n}}
union all
select 'pg_event_trigger'::regclass::oid, e.oid, null, pg_get_userbyid(e.evtowner)::text
from pg_event_trigger e
union all
select 'pg_language'::regclass::oid, l.oid, null, pg_get_userbyid(l.lanowner)::text
from pg_language l
where l.oid >= 16384
