-- pgdrift migration · pair adhoc · fingerprint 995f6c7ecae8
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (3 added, 0 removed, 0 altered) · 3 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · table public.readings_2
CREATE TABLE public.readings_2 PARTITION OF public.readings FOR VALUES IN (2) PARTITION BY RANGE (at);

-- staging ahead · table public.readings_2_2024
CREATE TABLE public.readings_2_2024 PARTITION OF public.readings_2 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- staging ahead · index public.readings.readings_at_idx
-- hazard, blocks writes: builds the index while holding a SHARE lock on public.readings (no row estimate yet, 0 B), blocking writes
--   safer path: CREATE INDEX CONCURRENTLY (outside a transaction)
CREATE INDEX readings_at_idx ON public.readings USING btree (at);

COMMIT;
