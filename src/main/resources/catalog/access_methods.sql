-- Access methods made by CREATE ACCESS METHOD: built-in ones (OIDs below 16384) and those an extension
-- created are left out.
select a.oid,
       a.amname as name,
       case a.amtype when 't' then 'TABLE' when 'i' then 'INDEX' else a.amtype::text end as type,
       a.amhandler::regproc::text as handler,
       {{comment pg_am a.oid 0}} as comment
from pg_am a
where a.oid >= 16384
  and {{not_in_extension pg_am a.oid}}
