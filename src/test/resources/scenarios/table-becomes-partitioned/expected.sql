-- pgdrift migration · pair adhoc · fingerprint cdb2b1e3f795
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (1 added, 0 removed, 1 altered) · 4 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · table public.metrics
-- hazard, data loss: drops table public.metrics (no row estimate yet, 0 B) and every row in it
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.metrics (no row estimate yet, 0 B)
DROP TABLE public.metrics;

-- staging ahead · table public.metrics
CREATE TABLE public.metrics (
    id bigint NOT NULL,
    at date NOT NULL,
    v numeric
) PARTITION BY RANGE (at);

-- staging ahead · table public.metrics_2024
CREATE TABLE public.metrics_2024 PARTITION OF public.metrics FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- staging ahead · index public.metrics.metrics_at_idx
CREATE INDEX metrics_at_idx ON public.metrics USING btree (at);

COMMIT;
