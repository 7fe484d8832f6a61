-- pgdrift migration · pair adhoc · fingerprint 4cce5dd5fe75
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (4 added, 0 removed, 0 altered) · 6 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · extension hstore
CREATE EXTENSION IF NOT EXISTS hstore SCHEMA public VERSION '1.8';

-- staging ahead · extension pg_trgm
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public VERSION '1.6';

-- staging ahead · extension hstore
COMMENT ON EXTENSION hstore IS 'data type for storing sets of (key, value) pairs';

-- staging ahead · extension pg_trgm
COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';

-- staging ahead · column public.tag.attrs
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.tag (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.tag ADD COLUMN attrs public.hstore;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.tag.tag_label_trgm · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.tag (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE INDEX CONCURRENTLY tag_label_trgm ON public.tag USING gin (label public.gin_trgm_ops);

