(select quote_ident(pn.nspname) || '.' || quote_ident(pp.proname)
   from pg_proc pp join pg_namespace pn on pn.oid = pp.pronamespace where pp.oid = $1)
