-- pgdrift migration · pair adhoc · fingerprint a2a2a80c37ca
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (0 added, 0 removed, 1 altered) · 2 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · column public.people.full_name
-- hazard, data loss: drops column full_name of public.people (no row estimate yet, 0 B) and its data
-- hazard, ACCESS EXCLUSIVE lock: dropping the column takes an ACCESS EXCLUSIVE lock on public.people (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.people DROP COLUMN full_name;

-- staging ahead · column public.people.full_name
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.people (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: computes the stored generated column for every row, rewriting public.people (no row estimate yet, 0 B)
ALTER TABLE public.people ADD COLUMN full_name text GENERATED ALWAYS AS (((first || ' '::text) || last)) STORED;

COMMIT;
