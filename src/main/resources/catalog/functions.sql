-- Functions, window functions and procedures (prokind f/w/p; aggregates have their own query). A NULL ACL is
-- the default: EXECUTE to PUBLIC. SQL-standard bodies (BEGIN ATOMIC, prosqlbody) exist from PostgreSQL 14.
select p.oid,
       n.nspname as schema,
       p.proname as name,
       pg_get_function_identity_arguments(p.oid) as identity,
       p.prokind = 'p' as procedure,
       p.prokind = 'w' as window,
       pg_get_function_arguments(p.oid) as arguments,
       pg_get_function_result(p.oid) as result,
       l.lanname as language,
       p.prosrc as source,
       case when p.prosqlbody is not null then pg_get_function_sqlbody(p.oid) end as sql_body,  -- pg14+
       null::text as sql_body,  -- before pg14
       p.provolatile as volatility,
       p.proisstrict as strict,
       p.prosecdef as security_definer,
       p.proleakproof as leakproof,
       p.proparallel as parallel,
       p.proconfig as config,
       -- COST and ROWS only where they are not what CREATE FUNCTION gives without them
       case when p.procost <> case when l.lanname in ('c', 'internal') then 1 else 100 end
            then p.procost::text end as cost,
       case when p.proretset and p.prorows <> 1000 then p.prorows::text end as rows,
       pg_get_functiondef(p.oid) as definition,
       -- the planner support function (SUPPORT), qualified whatever the search path
       case when p.prosupport <> 0
            then quote_ident(sn.nspname) || '.' || quote_ident(sp.proname) end as support,
       g.grantees, g.privileges, g.grantable,
       {{comment pg_proc p.oid 0}} as comment
from pg_proc p
join pg_namespace n on n.oid = p.pronamespace
join pg_language l on l.oid = p.prolang
left join pg_proc sp on sp.oid = p.prosupport
left join pg_namespace sn on sn.oid = sp.pronamespace
{{grants p.proacl 'f' p.proowner}}
where p.prokind in ('f', 'w', 'p')
  and {{user_schema n}}
  and {{not_in_extension pg_proc p.oid}}
  -- a range type's constructors are the type's own (pg_depend 'i'): created and dropped with it
  and not exists (select 1 from pg_depend x where x.classid = 'pg_proc'::regclass and x.objid = p.oid
                  and x.deptype = 'i')
