-- Publications with their tables (column lists and row filters 15+) and schemas (15+). Published actions in
-- the fixed order insert, update, delete, truncate; publish_generated_columns (18+) only when not 'none'.
select p.oid,
       p.pubname as name,
       p.puballtables as all_tables,
       array_remove(array[case when p.pubinsert then 'insert' end, case when p.pubupdate then 'update' end,
                          case when p.pubdelete then 'delete' end, case when p.pubtruncate then 'truncate' end],
                    null) as publish,
       p.pubviaroot as via_root,
       case p.pubgencols when 's' then 'stored' end as generated_columns,  -- pg18+
       null::text as generated_columns,  -- before pg18
       t.schemas as table_schemas, t.names as table_names, t.columns as table_columns, t.filters as table_filters,
       array(select pn.nspname::text from pg_publication_namespace x join pg_namespace pn on pn.oid = x.pnnspid  -- pg15+
             where x.pnpubid = p.oid order by 1) as schemas,  -- pg15+
       null::text[] as schemas,  -- before pg15
       {{comment pg_publication p.oid 0}} as comment
from pg_publication p
cross join lateral (
    select array_agg(tn.nspname::text order by tn.nspname, tc.relname) as schemas,
           array_agg(tc.relname::text order by tn.nspname, tc.relname) as names,
           -- one text per table: its column names in table order, joined by a character no name holds
           array_agg((select string_agg(a.attname, chr(1) order by a.attnum) from pg_attribute a  -- pg15+
                      where a.attrelid = r.prrelid and a.attnum = any (r.prattrs))  -- pg15+
                     order by tn.nspname, tc.relname) as columns,  -- pg15+
           array_agg(pg_get_expr(r.prqual, r.prrelid) order by tn.nspname, tc.relname) as filters  -- pg15+
           null::text[] as columns, null::text[] as filters  -- before pg15
    from pg_publication_rel r
    join pg_class tc on tc.oid = r.prrelid
    join pg_namespace tn on tn.oid = tc.relnamespace
    where r.prpubid = p.oid
) t
