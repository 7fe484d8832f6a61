-- pgdrift migration · pair adhoc · fingerprint 6e0882a00a4d
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 0 removed, 2 altered) · 2 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · column public.people.name
-- hazard, ACCESS EXCLUSIVE lock: SET NOT NULL takes an ACCESS EXCLUSIVE lock on public.people (≈0 rows, 0 B), blocking reads and writes while it runs
-- hazard, full-table validation scan: scans every row of public.people (≈0 rows, 0 B) for nulls while holding the lock
--   safer path: ALTER TABLE public.people ADD CONSTRAINT people_name_not_null CHECK (name IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT people_name_not_null; then SET NOT NULL (no scan) and drop the check
ALTER TABLE public.people ALTER COLUMN name SET NOT NULL;

-- staging ahead · column public.people.nickname
-- hazard, ACCESS EXCLUSIVE lock: DROP NOT NULL takes an ACCESS EXCLUSIVE lock on public.people (≈0 rows, 0 B), blocking reads and writes while it runs
ALTER TABLE public.people ALTER COLUMN nickname DROP NOT NULL;

COMMIT;
