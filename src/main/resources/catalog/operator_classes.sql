-- Operator classes in user schemas, without those an extension created: the family they belong to, whether
-- they are the default for their type, the storage type (NULL when it is the indexed type) and the members
-- created with the class (pg_depend 'i' on the class).
select c.oid,
       n.nspname as schema,
       c.opcname as name,
       a.amname as access_method,
       format_type(c.opcintype, null) as input_type,
       c.opcdefault as is_default,
       fn.nspname as family_schema,
       f.opfname as family_name,
       case when c.opckeytype <> 0 then format_type(c.opckeytype, null) end as storage,
       {{operator_members pg_opclass c.oid}} as members,
       {{comment pg_opclass c.oid 0}} as comment
from pg_opclass c
join pg_namespace n on n.oid = c.opcnamespace
join pg_am a on a.oid = c.opcmethod
join pg_opfamily f on f.oid = c.opcfamily
join pg_namespace fn on fn.oid = f.opfnamespace
where {{user_schema n}}
  and {{not_in_extension pg_opclass c.oid}}
