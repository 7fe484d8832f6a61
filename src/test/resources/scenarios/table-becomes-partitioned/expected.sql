-- pgdrift migration · pair adhoc · fingerprint d2d832564950
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (1 added, 0 removed, 1 altered) · 4 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql

BEGIN;

-- staging ahead · table public.metrics
-- hazard, data loss: drops table public.metrics and every row in it
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.metrics
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
