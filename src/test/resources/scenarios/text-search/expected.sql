-- pgdrift migration · pair adhoc · fingerprint 5291059db02d
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 10 changes (4 added, 4 removed, 2 altered) · 15 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · text search configuration public.gone_cfg
DROP TEXT SEARCH CONFIGURATION public.gone_cfg;

-- production ahead · text search dictionary public.gone_dict
DROP TEXT SEARCH DICTIONARY public.gone_dict;

-- production ahead · text search template public.old_tmpl
DROP TEXT SEARCH TEMPLATE public.old_tmpl;

-- production ahead · text search parser public.old_parser
DROP TEXT SEARCH PARSER public.old_parser;

-- staging ahead · text search dictionary public.stop_en
ALTER TEXT SEARCH DICTIONARY public.stop_en (accept);

-- staging ahead · text search parser public.my_parser
CREATE TEXT SEARCH PARSER public.my_parser (START = pg_catalog.prsd_start, GETTOKEN = pg_catalog.prsd_nexttoken, END = pg_catalog.prsd_end, LEXTYPES = pg_catalog.prsd_lextype, HEADLINE = pg_catalog.prsd_headline);

-- staging ahead · text search template public.my_tmpl
CREATE TEXT SEARCH TEMPLATE public.my_tmpl (INIT = pg_catalog.dsimple_init, LEXIZE = pg_catalog.dsimple_lexize);

-- staging ahead · text search template public.my_tmpl
COMMENT ON TEXT SEARCH TEMPLATE public.my_tmpl IS 'simple, again';

-- staging ahead · text search dictionary public.my_dict
CREATE TEXT SEARCH DICTIONARY public.my_dict (TEMPLATE = public.my_tmpl, accept = 'true');

-- staging ahead · text search configuration public.docs
ALTER TEXT SEARCH CONFIGURATION public.docs DROP MAPPING FOR numword;

-- staging ahead · text search configuration public.docs
ALTER TEXT SEARCH CONFIGURATION public.docs ALTER MAPPING FOR word WITH public.my_dict;

-- staging ahead · text search configuration public.docs
ALTER TEXT SEARCH CONFIGURATION public.docs ADD MAPPING FOR email WITH pg_catalog.simple;

-- staging ahead · text search configuration public.docs
COMMENT ON TEXT SEARCH CONFIGURATION public.docs IS 'documents';

-- staging ahead · text search configuration public.mine
CREATE TEXT SEARCH CONFIGURATION public.mine (PARSER = public.my_parser);

-- staging ahead · text search configuration public.mine
ALTER TEXT SEARCH CONFIGURATION public.mine ADD MAPPING FOR asciiword, word WITH public.my_dict, pg_catalog.simple;

COMMIT;
