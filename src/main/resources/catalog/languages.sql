-- Procedural languages made by CREATE LANGUAGE: the built-in ones (OIDs below 16384) and those an extension
-- created (plpgsql among them) are left out. A NULL ACL is the default: USAGE to PUBLIC.
select l.oid,
       l.lanname as name,
       l.lanpltrusted as trusted,
       l.lanplcallfoid::regproc::text as handler,
       nullif(l.laninline, 0)::regproc::text as inline,
       nullif(l.lanvalidator, 0)::regproc::text as validator,
       g.grantees, g.privileges, g.grantable,
       {{comment pg_language l.oid 0}} as comment
from pg_language l
{{grants l.lanacl 'l' l.lanowner}}
where l.oid >= 16384
  and l.lanispl
  and {{not_in_extension pg_language l.oid}}
