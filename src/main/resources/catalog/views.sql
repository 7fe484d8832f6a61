-- Views and materialized views with their query, options (security_barrier, check_option, ...) and grants, and
-- the columns that carry a default or a comment. A view's default cannot refer to columns: deparsed without its
-- relation, like a table's. A materialized view's access method reads as NULL for heap (a view has none).
select c.oid,
       c.reltype,
       c.relkind = 'm' as materialized,
       n.nspname as schema,
       c.relname as name,
       pg_get_viewdef(c.oid) as definition,
       c.reloptions as options,
       (select a.amname from pg_am a where a.oid = c.relam and a.amname <> 'heap') as access_method,
       g.grantees, g.privileges, g.grantable,
       {{comment pg_class c.oid 0}} as comment,
       vc.column_names, vc.column_defaults, vc.column_comments
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
left join lateral (
    select array_agg(a.attname::text order by a.attnum) as column_names,
           array_agg(a.default_expr order by a.attnum) as column_defaults,
           array_agg(a.comment order by a.attnum) as column_comments
    -- the comment joined, not a sub-select in the aggregate, which PostgreSQL 13 may fail to plan ("bogus varlevelsup")
    from (select l.attname, l.attnum, pg_get_expr(ad.adbin, 0) as default_expr, ld.description as comment
          from pg_attribute l
          left join pg_attrdef ad on ad.adrelid = l.attrelid and ad.adnum = l.attnum
          left join pg_description ld on ld.objoid = l.attrelid and ld.classoid = 'pg_class'::regclass
                                     and ld.objsubid = l.attnum
          where l.attrelid = c.oid and l.attnum > 0 and not l.attisdropped) a
    where a.default_expr is not null or a.comment is not null
) vc on true
{{grants c.relacl 'r' c.relowner}}
where c.relkind in ('v', 'm')
  and {{user_schema n}}
  and {{not_in_extension pg_class c.oid}}
