-- pgdrift migration · pair adhoc · fingerprint 814b695a9dd1
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 6 changes (5 added, 0 removed, 1 altered) · 4 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · table public.tenant_old
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.tenant_data and public.tenant_old (no row estimate yet, 0 B)
--   safer path: DETACH PARTITION ... CONCURRENTLY (outside a transaction, not with a DEFAULT partition), then drop the CHECK constraint it adds
ALTER TABLE public.tenant_data DETACH PARTITION public.tenant_old;

-- staging ahead · table public.measurement_2025
CREATE TABLE public.measurement_2025 PARTITION OF public.measurement FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- staging ahead · table public.measurement_default
CREATE TABLE public.measurement_default PARTITION OF public.measurement DEFAULT;

-- staging ahead · table public.tenant_b
CREATE TABLE public.tenant_b PARTITION OF public.tenant_data FOR VALUES IN ('b', 'c');

COMMIT;
