(select quote_ident(opn.nspname) || '.' || op.oprname
   from pg_operator op join pg_namespace opn on opn.oid = op.oprnamespace where op.oid = $1)
