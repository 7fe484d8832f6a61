-- Normal dependencies between user objects (OIDs from 16384 up), with the dependent side restated as a
-- compared object: a view's _RETURN rule stands for the view, a column default for its column, a domain's
-- constraint for the domain. A generated column depends 'a' (auto) from the column itself on what its
-- expression uses up to PostgreSQL 14, and 'n' from its pg_attrdef row from 15 on: both are read. The reader
-- keeps the rows whose both ends it has read. An extended statistics object depends 'a' on its table's columns.
-- An operator family's or class's member (pg_amop, pg_amproc) stands for the class ('i') or family ('a') it
-- belongs to.
-- A rule other than _RETURN is an object of its own; casts, languages and access methods are read on both ends.
select case when rw.rulename = '_RETURN' or ad.oid is not null then 'pg_class'::regclass::oid
            when con.contypid <> 0 then 'pg_type'::regclass::oid
            when mo.refobjid is not null then mo.refclassid
            else d.classid end as classid,
       case when rw.rulename = '_RETURN' then rw.ev_class
            when ad.oid is not null then ad.adrelid
            when con.contypid <> 0 then con.contypid
            when mo.refobjid is not null then mo.refobjid
            else d.objid end as objid,
       case when rw.rulename = '_RETURN' then 0
            when ad.oid is not null then ad.adnum
            when con.contypid <> 0 then 0
            when mo.refobjid is not null then 0
            else d.objsubid end as objsubid,
       d.refclassid,
       d.refobjid,
       d.refobjsubid
from pg_depend d
left join pg_rewrite rw on d.classid = 'pg_rewrite'::regclass and rw.oid = d.objid
left join pg_attrdef ad on d.classid = 'pg_attrdef'::regclass and ad.oid = d.objid
left join pg_constraint con on d.classid = 'pg_constraint'::regclass and con.oid = d.objid
left join pg_depend mo on d.classid in ('pg_amop'::regclass, 'pg_amproc'::regclass) and mo.classid = d.classid
                      and mo.objid = d.objid and mo.deptype in ('a', 'i')
                      and mo.refclassid in ('pg_opclass'::regclass, 'pg_opfamily'::regclass)
where (d.deptype = 'n' or d.deptype = 'a' and d.classid = 'pg_class'::regclass and d.objsubid <> 0
       or d.deptype = 'a' and d.classid = 'pg_statistic_ext'::regclass)
  and d.objid >= 16384
  and d.refobjid >= 16384
  and d.classid in ('pg_class'::regclass, 'pg_rewrite'::regclass, 'pg_attrdef'::regclass,
                    'pg_constraint'::regclass, 'pg_trigger'::regclass, 'pg_policy'::regclass,
                    'pg_proc'::regclass, 'pg_type'::regclass, 'pg_event_trigger'::regclass,
                    'pg_statistic_ext'::regclass, 'pg_operator'::regclass, 'pg_opclass'::regclass,
                    'pg_opfamily'::regclass, 'pg_amop'::regclass, 'pg_amproc'::regclass, 'pg_ts_config'::regclass,
                    'pg_ts_dict'::regclass, 'pg_ts_parser'::regclass, 'pg_ts_template'::regclass,
                    'pg_conversion'::regclass, 'pg_cast'::regclass, 'pg_language'::regclass)
  and d.refclassid in ('pg_class'::regclass, 'pg_proc'::regclass, 'pg_type'::regclass, 'pg_constraint'::regclass,
                       'pg_collation'::regclass, 'pg_operator'::regclass, 'pg_opclass'::regclass,
                       'pg_opfamily'::regclass, 'pg_ts_config'::regclass, 'pg_ts_dict'::regclass,
                       'pg_ts_parser'::regclass, 'pg_ts_template'::regclass, 'pg_language'::regclass,
                       'pg_am'::regclass)
