-- Aggregates (prokind 'a') with their pg_aggregate row. Support functions are read as regproc names (qualified
-- outside pg_catalog under the reader's empty search_path); an option at its default reads as NULL: no final
-- function means no FINALFUNC_EXTRA/MODIFY, a state space of 0 is "no estimate", PARALLEL UNSAFE is the default.
select p.oid,
       n.nspname as schema,
       p.proname as name,
       pg_get_function_identity_arguments(p.oid) as identity,
       pg_get_function_arguments(p.oid) as arguments,
       pg_get_function_result(p.oid) as result,
       a.aggkind as kind,
       a.aggtransfn::regproc::text as transition,
       format_type(a.aggtranstype, null) as state_type,
       nullif(a.aggtransspace, 0) as state_space,
       nullif(a.aggfinalfn, 0)::regproc::text as final_function,
       a.aggfinalfn <> 0 and a.aggfinalextra as final_extra,
       case when a.aggfinalfn <> 0 then a.aggfinalmodify end as final_modify,
       nullif(a.aggcombinefn, 0)::regproc::text as combine,
       nullif(a.aggserialfn, 0)::regproc::text as serialize,
       nullif(a.aggdeserialfn, 0)::regproc::text as deserialize,
       a.agginitval as initial_condition,
       nullif(a.aggmtransfn, 0)::regproc::text as moving_transition,
       nullif(a.aggminvtransfn, 0)::regproc::text as moving_inverse,
       case when a.aggmtranstype <> 0 then format_type(a.aggmtranstype, null) end as moving_state_type,
       nullif(a.aggmtransspace, 0) as moving_state_space,
       nullif(a.aggmfinalfn, 0)::regproc::text as moving_final,
       a.aggmfinalfn <> 0 and a.aggmfinalextra as moving_final_extra,
       case when a.aggmfinalfn <> 0 then a.aggmfinalmodify end as moving_final_modify,
       a.aggminitval as moving_initial_condition,
       nullif(a.aggsortop, 0)::regoper::text as sort_operator,
       p.proparallel as parallel,
       g.grantees, g.privileges, g.grantable,
       {{comment pg_proc p.oid 0}} as comment
from pg_proc p
join pg_aggregate a on a.aggfnoid = p.oid
join pg_namespace n on n.oid = p.pronamespace
{{grants p.proacl 'f' p.proowner}}
where p.prokind = 'a'
  and {{user_schema n}}
  and {{not_in_extension pg_proc p.oid}}
