-- Enum types with their labels in sort order.
select t.oid,
       t.typarray,
       n.nspname as schema,
       t.typname as name,
       array(select e.enumlabel::text from pg_enum e where e.enumtypid = t.oid order by e.enumsortorder) as labels,
       d.description as comment
from pg_type t
join pg_namespace n on n.oid = t.typnamespace
left join pg_description d
       on d.objoid = t.oid and d.classoid = 'pg_type'::regclass and d.objsubid = 0
where t.typtype = 'e'
  and {{user_schema n}}
  and {{not_in_extension pg_type t.oid}}
