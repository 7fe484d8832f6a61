(select d.description from pg_description d
  where d.objoid = $2 and d.classoid = '$1'::regclass and d.objsubid = $3)
