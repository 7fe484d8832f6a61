-- pgdrift migration · pair adhoc · fingerprint 3db443bd7a0d
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 0 removed, 2 altered) · 8 statements, 6 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · column public.jobs.attempts
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.jobs (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.jobs ALTER COLUMN attempts DROP DEFAULT;

-- staging ahead · column public.jobs.priority
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.jobs (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.jobs ALTER COLUMN priority DROP DEFAULT;

SET statement_timeout = '0';

-- staging ahead · column public.jobs.attempts · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.jobs (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.jobs (no row estimate yet, 0 B) and rebuilds its indexes (smallint to bigint is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
ALTER TABLE public.jobs ALTER COLUMN attempts TYPE bigint;

COMMIT;

-- staging ahead · column public.jobs.attempts · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.jobs (attempts);

BEGIN;

-- staging ahead · column public.jobs.priority · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.jobs (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.jobs (no row estimate yet, 0 B) and rebuilds its indexes (text to integer is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
-- hazard, data loss: converts text to integer: values that do not fit fail the statement or lose precision (public.jobs: no row estimate yet, 0 B)
--   safer path: check the data first
ALTER TABLE public.jobs ALTER COLUMN priority TYPE integer USING priority::integer;

COMMIT;

-- staging ahead · column public.jobs.priority · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.jobs (priority);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · column public.jobs.attempts
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.jobs (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.jobs ALTER COLUMN attempts SET DEFAULT 1;

-- staging ahead · column public.jobs.priority
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.jobs (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.jobs ALTER COLUMN priority SET DEFAULT 5;

COMMIT;
