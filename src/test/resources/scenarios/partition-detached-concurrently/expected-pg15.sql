-- pgdrift migration · pair adhoc · fingerprint 6cf6d326a3cc
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 18 changes (12 added, 0 removed, 6 altered) · 11 statements, 11 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

-- staging ahead · table public.Tags_a · runs outside a transaction
-- hazard, cannot run in a transaction: detaches CONCURRENTLY, in two transactions: reads and writes of public.Tags go on; the second waits for every transaction using it to end (each wait bounded by lock_timeout), then briefly takes an ACCESS EXCLUSIVE lock on public.Tags_a (no row estimate yet, 0 B); if it stops in between, the partition is left pending detach, which pgdrift run again finishes (DETACH ... FINALIZE)
ALTER TABLE public."Tags" DETACH PARTITION public."Tags_a" CONCURRENTLY;

BEGIN;

-- staging ahead · table public.Tags_a
-- hazard, ACCESS EXCLUSIVE lock: dropping the CHECK constraint the detach added takes an ACCESS EXCLUSIVE lock on public.Tags_a (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public."Tags_a" DROP CONSTRAINT IF EXISTS "Tags_a_Label_check";

COMMIT;

-- staging ahead · table public.buckets_0 · runs outside a transaction
-- hazard, cannot run in a transaction: detaches CONCURRENTLY, in two transactions: reads and writes of public.buckets go on; the second waits for every transaction using it to end (each wait bounded by lock_timeout), then briefly takes an ACCESS EXCLUSIVE lock on public.buckets_0 (no row estimate yet, 0 B); if it stops in between, the partition is left pending detach, which pgdrift run again finishes (DETACH ... FINALIZE)
ALTER TABLE public.buckets DETACH PARTITION public.buckets_0 CONCURRENTLY;

BEGIN;

-- staging ahead · table public.buckets_0
-- hazard, ACCESS EXCLUSIVE lock: dropping the CHECK constraint the detach added takes an ACCESS EXCLUSIVE lock on public.buckets_0 (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.buckets_0 DROP CONSTRAINT IF EXISTS buckets_0_id_check;

COMMIT;

-- staging ahead · table public.events_2023 · runs outside a transaction
-- hazard, cannot run in a transaction: detaches CONCURRENTLY, in two transactions: reads and writes of public.events go on; the second waits for every transaction using it to end (each wait bounded by lock_timeout), then briefly takes an ACCESS EXCLUSIVE lock on public.events_2023 (no row estimate yet, 0 B); if it stops in between, the partition is left pending detach, which pgdrift run again finishes (DETACH ... FINALIZE)
ALTER TABLE public.events DETACH PARTITION public.events_2023 CONCURRENTLY;

BEGIN;

-- staging ahead · table public.events_2023
-- hazard, ACCESS EXCLUSIVE lock: dropping the CHECK constraint the detach added takes an ACCESS EXCLUSIVE lock on public.events_2023 (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.events_2023 DROP CONSTRAINT IF EXISTS events_2023_happened_check1;

COMMIT;

-- staging ahead · table public.grid_low · runs outside a transaction
-- hazard, cannot run in a transaction: detaches CONCURRENTLY, in two transactions: reads and writes of public.grid go on; the second waits for every transaction using it to end (each wait bounded by lock_timeout), then briefly takes an ACCESS EXCLUSIVE lock on public.grid_low (no row estimate yet, 0 B); if it stops in between, the partition is left pending detach, which pgdrift run again finishes (DETACH ... FINALIZE)
ALTER TABLE public.grid DETACH PARTITION public.grid_low CONCURRENTLY;

BEGIN;

-- staging ahead · table public.grid_low
-- hazard, ACCESS EXCLUSIVE lock: dropping the CHECK constraint the detach added takes an ACCESS EXCLUSIVE lock on public.grid_low (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.grid_low DROP CONSTRAINT IF EXISTS grid_low_check;

COMMIT;

BEGIN;

-- staging ahead · table public.notes_a
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.notes and public.notes_a (no row estimate yet, 0 B)
--   safer path: DETACH PARTITION ... CONCURRENTLY (outside a transaction, which PostgreSQL refuses while public.notes has a DEFAULT partition), then drop the CHECK constraint it adds
ALTER TABLE public.notes DETACH PARTITION public.notes_a;

COMMIT;

-- staging ahead · table public.sales_eu_2023 · runs outside a transaction
-- hazard, cannot run in a transaction: detaches CONCURRENTLY, in two transactions: reads and writes of public.sales_eu go on; the second waits for every transaction using it to end (each wait bounded by lock_timeout), then briefly takes an ACCESS EXCLUSIVE lock on public.sales_eu_2023 (no row estimate yet, 0 B); if it stops in between, the partition is left pending detach, which pgdrift run again finishes (DETACH ... FINALIZE)
ALTER TABLE public.sales_eu DETACH PARTITION public.sales_eu_2023 CONCURRENTLY;

BEGIN;

-- staging ahead · table public.sales_eu_2023
-- hazard, ACCESS EXCLUSIVE lock: dropping the CHECK constraint the detach added takes an ACCESS EXCLUSIVE lock on public.sales_eu_2023 (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.sales_eu_2023 DROP CONSTRAINT IF EXISTS sales_eu_2023_check;

COMMIT;
