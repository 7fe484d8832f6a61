-- pgdrift migration · pair adhoc · fingerprint 395303e1289c
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 1 removed, 1 altered) · 3 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

SET statement_timeout = '0';

-- staging ahead · column public.people.m · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.people (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.people (no row estimate yet, 0 B) and rebuilds its indexes (public.mood to text is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
-- hazard, data loss: converts public.mood to text: values that do not fit fail the statement or lose precision (public.people: no row estimate yet, 0 B)
--   safer path: check the data first
ALTER TABLE public.people ALTER COLUMN m TYPE text USING m::text;

SET statement_timeout = '1min';

-- production ahead · enum public.mood
DROP TYPE public.mood;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · column public.people.m · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.people (m);

