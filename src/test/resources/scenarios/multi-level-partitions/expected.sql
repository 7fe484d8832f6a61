-- pgdrift migration · pair adhoc · fingerprint 29ce0c2014f1
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (3 added, 0 removed, 0 altered) · 5 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · index public.readings.readings_at_idx
CREATE INDEX readings_at_idx ON ONLY public.readings USING btree (at);

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.readings_1.readings_1_at_idx · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.readings_1 (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE INDEX CONCURRENTLY readings_1_at_idx ON public.readings_1 USING btree (at);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · index public.readings_1.readings_1_at_idx
ALTER INDEX public.readings_at_idx ATTACH PARTITION public.readings_1_at_idx;

-- staging ahead · table public.readings_2
CREATE TABLE public.readings_2 PARTITION OF public.readings FOR VALUES IN (2) PARTITION BY RANGE (at);

-- staging ahead · table public.readings_2_2024
CREATE TABLE public.readings_2_2024 PARTITION OF public.readings_2 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

COMMIT;
