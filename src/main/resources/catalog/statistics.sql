-- Extended statistics objects in user schemas, without those an extension created. stxkeys is kept sorted by
-- the server; the 'e' kind is added by the server whenever there are expressions (14+) and is left out here.
-- stxstattarget is -1 for the default up to 16 and NULL from 17: both read as NULL.
select s.oid,
       n.nspname as schema,
       s.stxname as name,
       tn.nspname as table_schema,
       c.relname as table_name,
       c.relkind = 'm' as on_matview,
       array(select case k when 'd' then 'ndistinct' when 'f' then 'dependencies' when 'm' then 'mcv' end
             from unnest(s.stxkind) k where k <> 'e' order by 1) as kinds,
       array(select a.attname::text from unnest(s.stxkeys::int2[]) with ordinality x(attnum, ord)
             join pg_attribute a on a.attrelid = s.stxrelid and a.attnum = x.attnum order by x.ord) as columns,
       pg_get_statisticsobjdef_expressions(s.oid) as expressions, -- pg14+
       null::text[] as expressions, -- before pg14
       nullif(s.stxstattarget, -1)::text as target,
       {{comment pg_statistic_ext s.oid 0}} as comment
from pg_statistic_ext s
join pg_namespace n on n.oid = s.stxnamespace
join pg_class c on c.oid = s.stxrelid
join pg_namespace tn on tn.oid = c.relnamespace
where {{user_schema n}}
  and {{not_in_extension pg_statistic_ext s.oid}}
