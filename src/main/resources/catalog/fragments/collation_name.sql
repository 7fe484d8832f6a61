case when $2.nspname = 'pg_catalog' then quote_ident($1.collname)
     else quote_ident($2.nspname) || '.' || quote_ident($1.collname) end
