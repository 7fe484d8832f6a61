-- pgdrift migration · pair adhoc · fingerprint df30621e980f
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (3 added, 0 removed, 1 altered) · 1 statement, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql

BEGIN;

-- staging ahead · table public.measurements_2022
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.measurements and public.measurements_2022
--   safer path: DETACH PARTITION ... CONCURRENTLY (PostgreSQL 14+, outside a transaction)
ALTER TABLE public.measurements DETACH PARTITION public.measurements_2022;

COMMIT;
