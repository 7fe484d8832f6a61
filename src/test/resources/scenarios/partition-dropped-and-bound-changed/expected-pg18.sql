-- pgdrift migration · pair adhoc · fingerprint 760288bba14e
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 1 removed, 1 altered) · 4 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · table public.measurements_old
-- hazard, data loss: drops table public.measurements_old (no row estimate yet, 0 B) and every row in it
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.measurements_old (no row estimate yet, 0 B)
DROP TABLE public.measurements_old;

COMMIT;

-- staging ahead · table public.measurements_2024 · runs outside a transaction
-- hazard, cannot run in a transaction: detaches CONCURRENTLY, in two transactions: reads and writes of public.measurements go on; the second waits for every transaction using it to end (each wait bounded by lock_timeout), then briefly takes an ACCESS EXCLUSIVE lock on public.measurements_2024 (no row estimate yet, 0 B); if it stops in between, the partition is left pending detach, which pgdrift run again finishes (DETACH ... FINALIZE)
ALTER TABLE public.measurements DETACH PARTITION public.measurements_2024 CONCURRENTLY;

BEGIN;

-- staging ahead · table public.measurements_2024
-- hazard, ACCESS EXCLUSIVE lock: dropping the CHECK constraint the detach added takes an ACCESS EXCLUSIVE lock on public.measurements_2024 (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.measurements_2024 DROP CONSTRAINT IF EXISTS measurements_2024_taken_on_check;

-- staging ahead · table public.measurements_2024
-- hazard, full-table validation scan: scans public.measurements_2024 (no row estimate yet, 0 B) to check that every row fits the bound while holding an ACCESS EXCLUSIVE lock on it
--   safer path: add a CHECK constraint matching the bound (validated) first: the scan is then skipped
ALTER TABLE public.measurements ATTACH PARTITION public.measurements_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

COMMIT;
