-- Operators in user schemas, without those an extension created and without shells (oprcode 0: the
-- placeholder a COMMUTATOR or NEGATOR clause leaves for an operator not defined yet). A missing operand of a
-- prefix operator is NONE, as DROP OPERATOR spells it; names of functions, operators and types are
-- schema-qualified (pg_catalog included for functions and operators).
select o.oid,
       n.nspname as schema,
       o.oprname as name,
       case when o.oprleft = 0 then 'NONE' else format_type(o.oprleft, null) end as left_type,
       case when o.oprright = 0 then 'NONE' else format_type(o.oprright, null) end as right_type,
       {{proc_name o.oprcode}} as function,
       {{operator_name o.oprcom}} as commutator,
       {{operator_name o.oprnegate}} as negator,
       {{proc_name o.oprrest}} as restrict_function,
       {{proc_name o.oprjoin}} as join_function,
       o.oprcanhash as hashes,
       o.oprcanmerge as merges,
       {{comment pg_operator o.oid 0}} as comment
from pg_operator o
join pg_namespace n on n.oid = o.oprnamespace
where o.oprcode <> 0
  and {{user_schema n}}
  and {{not_in_extension pg_operator o.oid}}
