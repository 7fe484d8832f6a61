-- pgdrift migration · pair adhoc · fingerprint 814b695a9dd1
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 6 changes (5 added, 0 removed, 1 altered) · 5 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

-- staging ahead · table public.tenant_old · runs outside a transaction
-- hazard, cannot run in a transaction: detaches CONCURRENTLY, in two transactions: reads and writes of public.tenant_data go on; the second waits for every transaction using it to end (each wait bounded by lock_timeout), then briefly takes an ACCESS EXCLUSIVE lock on public.tenant_old (no row estimate yet, 0 B); if it stops in between, the partition is left pending detach, which pgdrift run again finishes (DETACH ... FINALIZE)
ALTER TABLE public.tenant_data DETACH PARTITION public.tenant_old CONCURRENTLY;

BEGIN;

-- staging ahead · table public.tenant_old
-- hazard, ACCESS EXCLUSIVE lock: dropping the CHECK constraint the detach added takes an ACCESS EXCLUSIVE lock on public.tenant_old (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.tenant_old DROP CONSTRAINT IF EXISTS tenant_old_tenant_check;

-- staging ahead · table public.measurement_2025
CREATE TABLE public.measurement_2025 PARTITION OF public.measurement FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- staging ahead · table public.measurement_default
CREATE TABLE public.measurement_default PARTITION OF public.measurement DEFAULT;

-- staging ahead · table public.tenant_b
CREATE TABLE public.tenant_b PARTITION OF public.tenant_data FOR VALUES IN ('b', 'c');

COMMIT;
