-- Enum types with their labels in sort order.
select t.oid,
       t.typarray,
       n.nspname as schema,
       t.typname as name,
       array(select e.enumlabel::text from pg_enum e where e.enumtypid = t.oid order by e.enumsortorder) as labels,
       g.grantees, g.privileges, g.grantable,
       {{comment pg_type t.oid 0}} as comment
from pg_type t
join pg_namespace n on n.oid = t.typnamespace
{{grants t.typacl 'T' t.typowner}}
where t.typtype = 'e'
  and {{user_schema n}}
  and {{not_in_extension pg_type t.oid}}
