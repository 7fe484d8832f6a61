-- User-defined casts: built-in ones (OIDs below 16384) and those an extension owns are left out, and so are
-- the casts between a range and its multirange (14+), which belong to the range type (pg_depend 'i').
-- Types print schema-qualified outside pg_catalog (the reader's search_path is empty).
select c.oid,
       format_type(c.castsource, null) as source,
       format_type(c.casttarget, null) as target,
       case c.castmethod when 'f' then 'FUNCTION' when 'b' then 'BINARY' when 'i' then 'INOUT'
            else c.castmethod::text end as method,
       nullif(c.castfunc, 0)::regprocedure::text as function,
       case c.castcontext when 'e' then 'EXPLICIT' when 'a' then 'ASSIGNMENT' when 'i' then 'IMPLICIT'
            else c.castcontext::text end as context,
       {{comment pg_cast c.oid 0}} as comment
from pg_cast c
where c.oid >= 16384
  and {{not_in_extension pg_cast c.oid}}
  and not exists (select 1 from pg_depend x
                  where x.classid = 'pg_cast'::regclass and x.objid = c.oid and x.deptype = 'i')
