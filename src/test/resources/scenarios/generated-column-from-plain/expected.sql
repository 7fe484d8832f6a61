-- pgdrift migration · pair adhoc · fingerprint a2a2a80c37ca
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (0 added, 0 removed, 1 altered) · 2 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql

BEGIN;

-- staging ahead · column public.people.full_name
-- hazard, data loss: drops column full_name of public.people and its data
-- hazard, ACCESS EXCLUSIVE lock: dropping the column takes an ACCESS EXCLUSIVE lock on public.people, blocking reads and writes while it runs
ALTER TABLE public.people DROP COLUMN full_name;

-- staging ahead · column public.people.full_name
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.people, blocking reads and writes while it runs
-- hazard, table rewrite: computes the stored generated column for every row, rewriting public.people
ALTER TABLE public.people ADD COLUMN full_name text GENERATED ALWAYS AS (((first || ' '::text) || last)) STORED;

COMMIT;
