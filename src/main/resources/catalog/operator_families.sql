-- Operator families in user schemas, without those an extension created, with the members added to the family
-- itself (ALTER OPERATOR FAMILY ... ADD: pg_depend 'a' on the family); the members of its operator classes
-- belong to those classes.
select f.oid,
       n.nspname as schema,
       f.opfname as name,
       a.amname as access_method,
       {{operator_members pg_opfamily f.oid}} as members,
       {{comment pg_opfamily f.oid 0}} as comment
from pg_opfamily f
join pg_namespace n on n.oid = f.opfnamespace
join pg_am a on a.oid = f.opfmethod
where {{user_schema n}}
  and {{not_in_extension pg_opfamily f.oid}}
