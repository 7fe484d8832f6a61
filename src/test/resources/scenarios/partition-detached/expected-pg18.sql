-- pgdrift migration · pair adhoc · fingerprint a0760e47d681
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (3 added, 0 removed, 1 altered) · 4 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

-- staging ahead · table public.measurements_2022 · runs outside a transaction
-- hazard, cannot run in a transaction: detaches CONCURRENTLY, in two transactions: reads and writes of public.measurements go on; the second waits for every transaction using it to end (each wait bounded by lock_timeout), then briefly takes an ACCESS EXCLUSIVE lock on public.measurements_2022 (no row estimate yet, 0 B); if it stops in between, the partition is left pending detach, which pgdrift run again finishes (DETACH ... FINALIZE)
ALTER TABLE public.measurements DETACH PARTITION public.measurements_2022 CONCURRENTLY;

BEGIN;

-- staging ahead · table public.measurements_2022
-- hazard, ACCESS EXCLUSIVE lock: dropping the CHECK constraint the detach added takes an ACCESS EXCLUSIVE lock on public.measurements_2022 (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.measurements_2022 DROP CONSTRAINT IF EXISTS measurements_2022_taken_on_check;

-- staging ahead · column public.measurements_2022.id
ALTER TABLE public.measurements_2022 RENAME CONSTRAINT measurements_id_not_null TO measurements_2022_id_not_null;

-- staging ahead · column public.measurements_2022.taken_on
ALTER TABLE public.measurements_2022 RENAME CONSTRAINT measurements_taken_on_not_null TO measurements_2022_taken_on_not_null;

COMMIT;
