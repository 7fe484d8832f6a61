-- Normal dependencies between user objects (OIDs from 16384 up), with the dependent side restated as a
-- compared object: a view's _RETURN rule stands for the view, a column default for its column, a domain's
-- constraint for the domain. A generated column depends 'a' (auto) from the column itself on what its
-- expression uses up to PostgreSQL 14, and 'n' from its pg_attrdef row from 15 on: both are read. The reader
-- keeps the rows whose both ends it has read. An extended statistics object depends 'a' on its table's columns.
select case when rw.oid is not null or ad.oid is not null then 'pg_class'::regclass::oid
            when con.contypid <> 0 then 'pg_type'::regclass::oid
            else d.classid end as classid,
       case when rw.oid is not null then rw.ev_class
            when ad.oid is not null then ad.adrelid
            when con.contypid <> 0 then con.contypid
            else d.objid end as objid,
       case when rw.oid is not null then 0
            when ad.oid is not null then ad.adnum
            when con.contypid <> 0 then 0
            else d.objsubid end as objsubid,
       d.refclassid,
       d.refobjid,
       d.refobjsubid
from pg_depend d
left join pg_rewrite rw on d.classid = 'pg_rewrite'::regclass and rw.oid = d.objid
left join pg_attrdef ad on d.classid = 'pg_attrdef'::regclass and ad.oid = d.objid
left join pg_constraint con on d.classid = 'pg_constraint'::regclass and con.oid = d.objid
where (d.deptype = 'n' or d.deptype = 'a' and d.classid = 'pg_class'::regclass and d.objsubid <> 0
       or d.deptype = 'a' and d.classid = 'pg_statistic_ext'::regclass)
  and d.objid >= 16384
  and d.refobjid >= 16384
  and d.classid in ('pg_class'::regclass, 'pg_rewrite'::regclass, 'pg_attrdef'::regclass,
                    'pg_constraint'::regclass, 'pg_trigger'::regclass, 'pg_policy'::regclass,
                    'pg_proc'::regclass, 'pg_type'::regclass, 'pg_event_trigger'::regclass,
                    'pg_statistic_ext'::regclass)
  and d.refclassid in ('pg_class'::regclass, 'pg_proc'::regclass, 'pg_type'::regclass, 'pg_constraint'::regclass,
                       'pg_collation'::regclass)
  and (rw.oid is null or rw.rulename = '_RETURN')
