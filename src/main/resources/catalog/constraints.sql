-- Table constraints: primary key, unique, foreign key, check, exclusion. NOT NULL (contype 'n' on 18) is a
-- column property; inherited constraints (conislocal false) and the clones on partitions (conparentid set)
-- belong to the parent. conindid names the index that backs a key, for dependencies.
select con.oid,
       case when con.contype in ('p', 'u', 'x') then con.conindid else 0 end as backing_index,
       n.nspname as schema,
       c.relname as table_name,
       con.conname as name,
       con.contype as type,
       pg_get_constraintdef(con.oid) as definition,
       con.convalidated as validated,
       rn.nspname as ref_schema,
       rc.relname as ref_table,
       case when con.contype in ('p', 'u', 'x')
            then (select ic.reloptions from pg_class ic where ic.oid = con.conindid) end as index_options,
       case when con.contype in ('p', 'u', 'x') then {{comment pg_class con.conindid 0}} end as index_comment,
       {{comment pg_constraint con.oid 0}} as comment
from pg_constraint con
join pg_class c on c.oid = con.conrelid
join pg_namespace n on n.oid = c.relnamespace
left join pg_class rc on rc.oid = con.confrelid
left join pg_namespace rn on rn.oid = rc.relnamespace
where con.contype in ('p', 'u', 'f', 'c', 'x')
  and con.conislocal
  and con.conparentid = 0
  and c.relkind in ('r', 'p')
  and {{user_schema n}}
  and {{not_in_extension pg_class c.oid}}
