-- Text search configurations in user schemas, without those an extension created: the parser, and per token
-- type (by the alias its parser gives it, in token order) the dictionaries in the order they are consulted.
select c.oid,
       n.nspname as schema,
       c.cfgname as name,
       quote_ident(pn.nspname) || '.' || quote_ident(p.prsname) as parser,
       array(select tt.alias from ts_token_type(c.cfgparser) tt
             where exists (select 1 from pg_ts_config_map m where m.mapcfg = c.oid and m.maptokentype = tt.tokid)
             order by tt.tokid) as tokens,
       array(select (select string_agg(quote_ident(dn.nspname) || '.' || quote_ident(d.dictname), ', '
                                       order by m.mapseqno)
                     from pg_ts_config_map m
                     join pg_ts_dict d on d.oid = m.mapdict
                     join pg_namespace dn on dn.oid = d.dictnamespace
                     where m.mapcfg = c.oid and m.maptokentype = tt.tokid)
             from ts_token_type(c.cfgparser) tt
             where exists (select 1 from pg_ts_config_map m where m.mapcfg = c.oid and m.maptokentype = tt.tokid)
             order by tt.tokid) as dictionaries,
       {{comment pg_ts_config c.oid 0}} as comment
from pg_ts_config c
join pg_namespace n on n.oid = c.cfgnamespace
join pg_ts_parser p on p.oid = c.cfgparser
join pg_namespace pn on pn.oid = p.prsnamespace
where {{user_schema n}}
  and {{not_in_extension pg_ts_config c.oid}}
