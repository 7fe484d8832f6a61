-- Event triggers (database-wide), with the function they call as qualified SQL text.
select e.oid,
       e.evtname as name,
       e.evtevent as event,
       quote_ident(pn.nspname) || '.' || quote_ident(p.proname) as function,
       e.evttags as tags,
       e.evtenabled as enabled,
       {{comment pg_event_trigger e.oid 0}} as comment
from pg_event_trigger e
join pg_proc p on p.oid = e.evtfoid
join pg_namespace pn on pn.oid = p.pronamespace
where {{not_in_extension pg_event_trigger e.oid}}
