-- Which of the rarer kinds the database can hold at all: one column per query of that name, false only when
-- the query cannot return a row, so the reader skips it. Each test is the query's own FROM and WHERE with
-- conjuncts left out (never one added), so it is true whenever the query has a row. On a small database the
-- planning of the queries, not their rows, is most of the server's work: a read that skips the kinds a schema
-- does not use costs the server about half as much.
select exists (select from pg_collation c join pg_namespace n on n.oid = c.collnamespace
               where {{user_schema n}}) as collations,
       exists (select from pg_type t join pg_namespace n on n.oid = t.typnamespace
               where t.typtype = 'e' and {{user_schema n}}) as enums,
       exists (select from pg_type t join pg_namespace n on n.oid = t.typnamespace
               where t.typtype = 'd' and {{user_schema n}}) as domains,
       exists (select from pg_type t join pg_class r on r.oid = t.typrelid and r.relkind = 'c'
               join pg_namespace n on n.oid = t.typnamespace
               where t.typtype = 'c' and {{user_schema n}}) as composite_types,
       exists (select from pg_event_trigger e) as event_triggers,
       exists (select from pg_policy pol join pg_class c on c.oid = pol.polrelid
               join pg_namespace n on n.oid = c.relnamespace
               where {{user_schema n}}) as policies,
       exists (select from pg_statistic_ext s join pg_namespace n on n.oid = s.stxnamespace
               where {{user_schema n}}) as statistics,
       exists (select from pg_default_acl d) as default_privileges,
       exists (select from pg_type t join pg_range r on r.rngtypid = t.oid join pg_namespace n on n.oid = t.typnamespace
               where t.typtype = 'r' and {{user_schema n}}) as range_types,
       exists (select from pg_ts_parser p join pg_namespace n on n.oid = p.prsnamespace
               where {{user_schema n}}) as ts_parsers,
       exists (select from pg_ts_template t join pg_namespace n on n.oid = t.tmplnamespace
               where {{user_schema n}}) as ts_templates,
       exists (select from pg_ts_dict dict join pg_namespace n on n.oid = dict.dictnamespace
               where {{user_schema n}}) as ts_dictionaries,
       exists (select from pg_ts_config c join pg_namespace n on n.oid = c.cfgnamespace
               where {{user_schema n}}) as ts_configs,
       exists (select from pg_operator o join pg_namespace n on n.oid = o.oprnamespace
               where {{user_schema n}}) as operators,
       exists (select from pg_opfamily f join pg_namespace n on n.oid = f.opfnamespace
               where {{user_schema n}}) as operator_families,
       exists (select from pg_opclass c join pg_namespace n on n.oid = c.opcnamespace
               where {{user_schema n}}) as operator_classes,
       exists (select from pg_conversion c join pg_namespace n on n.oid = c.connamespace
               where {{user_schema n}}) as conversions,
       exists (select from pg_foreign_data_wrapper w) as foreign_data_wrappers,
       exists (select from pg_foreign_server s) as foreign_servers,
       -- a user mapping is joined to its server: no server, no mapping
       exists (select from pg_foreign_server s) as user_mappings,
       exists (select from pg_foreign_table ft) as foreign_tables,
       exists (select from pg_publication p) as publications,
       exists (select from pg_subscription s
               where s.subdbid = (select d.oid from pg_database d where d.datname = current_database())) as subscriptions,
       exists (select from pg_am a where a.oid >= 16384) as access_methods,
       exists (select from pg_language l where l.oid >= 16384 and l.lanispl) as languages,
       exists (select from pg_proc p join pg_namespace n on n.oid = p.pronamespace
               where p.prokind = 'a' and {{user_schema n}}) as aggregates,
       exists (select from pg_cast c where c.oid >= 16384) as casts,
       exists (select from pg_rewrite r join pg_class c on c.oid = r.ev_class join pg_namespace n on n.oid = c.relnamespace
               where r.rulename <> '_RETURN' and {{user_schema n}}) as rules
