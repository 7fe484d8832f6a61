(select coalesce(jsonb_agg(m.member order by m.operator desc, m.number, m.left_type, m.right_type), '[]')::text
   from (select true as operator, ao.amopstrategy::int as number, format_type(ao.amoplefttype, null) as left_type,
                format_type(ao.amoprighttype, null) as right_type,
                jsonb_build_object('operator', true, 'number', ao.amopstrategy, 'leftType', format_type(ao.amoplefttype, null),
                    'rightType', format_type(ao.amoprighttype, null), 'target', (select quote_ident(mn.nspname) || '.' || mo.oprname
                                  from pg_operator mo join pg_namespace mn on mn.oid = mo.oprnamespace
                                  where mo.oid = ao.amopopr),
                    'orderBy', (select quote_ident(sfn.nspname) || '.' || quote_ident(sf.opfname)
                                from pg_opfamily sf join pg_namespace sfn on sfn.oid = sf.opfnamespace
                                where sf.oid = ao.amopsortfamily)) as member
         from pg_amop ao
         join pg_depend ad on ad.classid = 'pg_amop'::regclass and ad.objid = ao.oid
                          and ad.refclassid = '$1'::regclass and ad.refobjid = $2 and ad.deptype in ('a', 'i')
         union all
         select false, ap.amprocnum::int, format_type(ap.amproclefttype, null), format_type(ap.amprocrighttype, null),
                jsonb_build_object('operator', false, 'number', ap.amprocnum, 'leftType', format_type(ap.amproclefttype, null),
                    'rightType', format_type(ap.amprocrighttype, null), 'target', ap.amproc::regprocedure::text,
                    'orderBy', null)
         from pg_amproc ap
         join pg_depend pd on pd.classid = 'pg_amproc'::regclass and pd.objid = ap.oid
                          and pd.refclassid = '$1'::regclass and pd.refobjid = $2 and pd.deptype in ('a', 'i')) m)
