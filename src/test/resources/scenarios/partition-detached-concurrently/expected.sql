-- pgdrift migration · pair adhoc · fingerprint 6cf6d326a3cc
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 18 changes (12 added, 0 removed, 6 altered) · 6 statements, 6 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · table public.Tags_a
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.Tags and public.Tags_a (no row estimate yet, 0 B)
ALTER TABLE public."Tags" DETACH PARTITION public."Tags_a";

COMMIT;

BEGIN;

-- staging ahead · table public.buckets_0
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.buckets and public.buckets_0 (no row estimate yet, 0 B)
ALTER TABLE public.buckets DETACH PARTITION public.buckets_0;

COMMIT;

BEGIN;

-- staging ahead · table public.events_2023
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.events and public.events_2023 (no row estimate yet, 0 B)
ALTER TABLE public.events DETACH PARTITION public.events_2023;

COMMIT;

BEGIN;

-- staging ahead · table public.grid_low
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.grid and public.grid_low (no row estimate yet, 0 B)
ALTER TABLE public.grid DETACH PARTITION public.grid_low;

COMMIT;

BEGIN;

-- staging ahead · table public.notes_a
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.notes and public.notes_a (no row estimate yet, 0 B)
ALTER TABLE public.notes DETACH PARTITION public.notes_a;

COMMIT;

BEGIN;

-- staging ahead · table public.sales_eu_2023
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.sales_eu and public.sales_eu_2023 (no row estimate yet, 0 B)
ALTER TABLE public.sales_eu DETACH PARTITION public.sales_eu_2023;

COMMIT;
