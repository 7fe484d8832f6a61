-- Event triggers (database-wide), with the function they call as qualified SQL text.
select e.oid,
       e.evtname as name,
       e.evtevent as event,
       quote_ident(pn.nspname) || '.' || quote_ident(p.proname) as function,
       e.evttags as tags,
       e.evtenabled as enabled,
       d.description as comment
from pg_event_trigger e
join pg_proc p on p.oid = e.evtfoid
join pg_namespace pn on pn.oid = p.pronamespace
left join pg_description d
       on d.objoid = e.oid and d.classoid = 'pg_event_trigger'::regclass and d.objsubid = 0
where {{not_in_extension pg_event_trigger e.oid}}
