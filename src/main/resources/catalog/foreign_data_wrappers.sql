-- Foreign-data wrappers, without those an extension created (postgres_fdw, file_fdw). Handler and validator
-- are named by schema, name and identity arguments, the key of a function. Options stay in catalog order.
select w.oid,
       w.fdwname as name,
       hn.nspname as handler_schema, h.proname as handler_name,
       pg_get_function_identity_arguments(h.oid) as handler_args,
       vn.nspname as validator_schema, v.proname as validator_name,
       pg_get_function_identity_arguments(v.oid) as validator_args,
       w.fdwoptions as options,
       g.grantees, g.privileges, g.grantable,
       {{comment pg_foreign_data_wrapper w.oid 0}} as comment
from pg_foreign_data_wrapper w
left join pg_proc h on h.oid = w.fdwhandler
left join pg_namespace hn on hn.oid = h.pronamespace
left join pg_proc v on v.oid = w.fdwvalidator
left join pg_namespace vn on vn.oid = v.pronamespace
{{grants w.fdwacl 'F' w.fdwowner}}
where {{not_in_extension pg_foreign_data_wrapper w.oid}}
