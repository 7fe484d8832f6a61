-- pgdrift migration · pair adhoc · fingerprint a0760e47d681
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (3 added, 0 removed, 1 altered) · 1 statement, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · table public.measurements_2022
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.measurements and public.measurements_2022 (no row estimate yet, 0 B)
--   safer path: DETACH PARTITION ... CONCURRENTLY (outside a transaction, not with a DEFAULT partition), then drop the CHECK constraint it adds
ALTER TABLE public.measurements DETACH PARTITION public.measurements_2022;

COMMIT;
