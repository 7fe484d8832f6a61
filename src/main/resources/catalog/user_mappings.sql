-- User mappings, through the pg_user_mappings view: pg_user_mapping itself is for superusers only. The view
-- shows a mapping's options only to a superuser, the server's owner (for PUBLIC) and the mapped role; the
-- condition is repeated here so that hidden options read as unknown, not as none. The value of a secret
-- option (password, key, token, secret, credential) is never selected: only its name leaves the server.
select m.umid as oid,
       m.srvname as server,
       case when m.umuser = 0 then 'PUBLIC' else m.usename::text end as role,
       not (exists (select 1 from pg_roles r where r.rolname = current_user and r.rolsuper)
            or m.umuser = 0 and pg_has_role(s.srvowner, 'USAGE')
            or m.umuser <> 0 and m.usename = current_user
               and (pg_has_role(s.srvowner, 'USAGE') or has_server_privilege(s.oid, 'USAGE'))) as options_hidden,
       array(select case when o.option_name ~* '(pass|secret|key|token|credential)' then o.option_name
                         else o.option_name || '=' || o.option_value end
             from pg_options_to_table(m.umoptions) with ordinality o(option_name, option_value, ord)
             order by o.ord) as options
from pg_user_mappings m
join pg_foreign_server s on s.oid = m.srvid
where {{not_in_extension pg_foreign_server s.oid}}
