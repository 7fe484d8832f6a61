-- Rewrite rules on tables and views, without a view's _RETURN rule (that is the view itself) and without the
-- rules of relations an extension owns.
select r.oid,
       n.nspname as schema,
       c.relname as table_name,
       r.rulename as name,
       pg_get_ruledef(r.oid) as definition,
       r.ev_enabled as enabled,
       {{comment pg_rewrite r.oid 0}} as comment
from pg_rewrite r
join pg_class c on c.oid = r.ev_class
join pg_namespace n on n.oid = c.relnamespace
where r.rulename <> '_RETURN'
  and {{user_schema n}}
  and {{not_in_extension pg_class c.oid}}
