-- pgdrift migration · pair adhoc · fingerprint bedb5fb3f341
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (2 added, 0 removed, 0 altered) · 2 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · table public.measurements_2024
CREATE TABLE public.measurements_2024 PARTITION OF public.measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- staging ahead · table public.measurements_rest
CREATE TABLE public.measurements_rest PARTITION OF public.measurements DEFAULT;

COMMIT;
