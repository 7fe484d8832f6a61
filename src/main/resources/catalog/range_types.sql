-- Range types (CREATE TYPE ... AS RANGE) in user schemas, without those an extension created. The collation
-- is NULL when it is the subtype's own; the multirange type (14+) is named only when its name is not the one
-- PostgreSQL derives by itself ("range" becomes "multirange", else "_multirange" is appended), so that the
-- same DDL reads the same on 13 and later.
select t.oid,
       t.typarray,
       r.rngmultitypid as multirange_oid, -- pg14+
       mt.typarray as multirange_array_oid, -- pg14+
       0::oid as multirange_oid, -- before pg14
       0::oid as multirange_array_oid, -- before pg14
       n.nspname as schema,
       t.typname as name,
       format_type(r.rngsubtype, null) as subtype,
       quote_ident(on_.nspname) || '.' || quote_ident(oc.opcname) as subtype_opclass,
       case when r.rngcollation <> 0 and r.rngcollation <> st.typcollation
            then {{collation_name co cn}} end as collation,
       {{proc_name r.rngcanonical}} as canonical,
       {{proc_name r.rngsubdiff}} as subtype_diff,
       nullif(mt.typname::text, case when position('range' in t.typname) > 0  -- pg14+
                                     then overlay(t.typname placing 'multirange' from position('range' in t.typname) for 5)  -- pg14+
                                     else t.typname || '_multirange' end) as multirange_name,  -- pg14+
       null::text as multirange_name, -- before pg14
       g.grantees, g.privileges, g.grantable,
       {{comment pg_type t.oid 0}} as comment
from pg_type t
join pg_range r on r.rngtypid = t.oid
join pg_namespace n on n.oid = t.typnamespace
join pg_type st on st.oid = r.rngsubtype
join pg_opclass oc on oc.oid = r.rngsubopc
join pg_namespace on_ on on_.oid = oc.opcnamespace
left join pg_type mt on mt.oid = r.rngmultitypid -- pg14+
left join pg_collation co on co.oid = r.rngcollation
left join pg_namespace cn on cn.oid = co.collnamespace
{{grants t.typacl 'T' t.typowner}}
where t.typtype = 'r'
  and {{user_schema n}}
  and {{not_in_extension pg_type t.oid}}
