not exists (select 1 from pg_depend x where x.classid = '$1'::regclass and x.objid = $2 and x.deptype = 'e')
