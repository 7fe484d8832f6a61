$1.nspname not in ('pg_catalog', 'information_schema')
  and $1.nspname not like 'pg\_toast%'
  and $1.nspname not like 'pg\_temp\_%'
