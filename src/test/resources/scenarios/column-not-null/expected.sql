-- pgdrift migration · pair adhoc · fingerprint 6e0882a00a4d
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 0 removed, 2 altered) · 5 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · column public.people.name
-- hazard, ACCESS EXCLUSIVE lock: adding a NOT VALID check (no scan) takes an ACCESS EXCLUSIVE lock on public.people (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.people ADD CONSTRAINT people_name_pgdrift_not_null CHECK (name IS NOT NULL) NOT VALID;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · column public.people.name · runs in a transaction of its own · no statement_timeout: it reads every row
-- hazard, full-table validation scan: checks every row of public.people (no row estimate yet, 0 B) (under a SHARE UPDATE EXCLUSIVE lock: reads and writes continue)
ALTER TABLE public.people VALIDATE CONSTRAINT people_name_pgdrift_not_null;

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · column public.people.name
-- hazard, ACCESS EXCLUSIVE lock: SET NOT NULL (no scan: the validated check proves it) takes an ACCESS EXCLUSIVE lock on public.people (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.people ALTER COLUMN name SET NOT NULL;

-- staging ahead · column public.people.name
ALTER TABLE public.people DROP CONSTRAINT people_name_pgdrift_not_null;

-- staging ahead · column public.people.nickname
-- hazard, ACCESS EXCLUSIVE lock: DROP NOT NULL takes an ACCESS EXCLUSIVE lock on public.people (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.people ALTER COLUMN nickname DROP NOT NULL;

COMMIT;
