-- Foreign servers, without those an extension created. Options stay in catalog order.
select s.oid,
       s.srvname as name,
       w.fdwname as wrapper,
       s.srvtype as type,
       s.srvversion as version,
       s.srvoptions as options,
       g.grantees, g.privileges, g.grantable,
       {{comment pg_foreign_server s.oid 0}} as comment
from pg_foreign_server s
join pg_foreign_data_wrapper w on w.oid = s.srvfdw
{{grants s.srvacl 'S' s.srvowner}}
where {{not_in_extension pg_foreign_server s.oid}}
