-- pgdrift migration · pair adhoc · fingerprint 0770a31468f8
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (2 added, 2 removed, 0 altered) · 4 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · index public.person.person_fullname
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.person (no row estimate yet, 0 B)
--   safer path: DROP INDEX CONCURRENTLY (outside a transaction)
DROP INDEX public.person_fullname;

-- production ahead · column public.person.fullname
-- hazard, data loss: drops column fullname of public.person (no row estimate yet, 0 B) and its data
-- hazard, ACCESS EXCLUSIVE lock: dropping the column takes an ACCESS EXCLUSIVE lock on public.person (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.person DROP COLUMN fullname;

-- staging ahead · column public.person.full_name
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.person (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.person ADD COLUMN full_name text;

-- staging ahead · index public.person.person_full_name
-- hazard, blocks writes: builds the index while holding a SHARE lock on public.person (no row estimate yet, 0 B), blocking writes
--   safer path: CREATE INDEX CONCURRENTLY (outside a transaction)
CREATE INDEX person_full_name ON public.person USING btree (full_name);

COMMIT;
