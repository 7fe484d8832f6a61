-- Collations in user schemas, without those an extension created. The locale columns moved between majors
-- (collcollate for ICU up to 14, colliculocale in 15 and 16, colllocale from 17; collicurules from 16):
-- to_jsonb reads whichever the server has, so one query serves every major.
select c.oid,
       n.nspname as schema,
       c.collname as name,
       case c.collprovider when 'c' then 'libc' when 'i' then 'icu' when 'b' then 'builtin'
            else c.collprovider::text end as provider,
       case when c.collprovider = 'c' then c.collcollate::text end as lc_collate,
       case when c.collprovider = 'c' then c.collctype::text end as lc_ctype,
       case when c.collprovider <> 'c' then coalesce(j.row ->> 'colllocale', j.row ->> 'colliculocale',
                                                     c.collcollate::text) end as locale,
       c.collisdeterministic as deterministic,
       j.row ->> 'collicurules' as rules,
       {{comment pg_collation c.oid 0}} as comment
from pg_collation c
join pg_namespace n on n.oid = c.collnamespace
cross join lateral (select to_jsonb(c) as row) j
where {{user_schema n}}
  and {{not_in_extension pg_collation c.oid}}
