-- pgdrift migration · pair adhoc · fingerprint 840bf301ac8d
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (1 added, 0 removed, 2 altered) · 6 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function public.total()
SET check_function_bodies = false;

-- staging ahead · function public.total()
DROP FUNCTION public.total();

SET statement_timeout = '0';

-- staging ahead · column public.t.v · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.t (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.t (no row estimate yet, 0 B) and rebuilds its indexes (integer to bigint is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
ALTER TABLE public.t ALTER COLUMN v TYPE bigint;

COMMIT;

-- staging ahead · column public.t.v · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.t (v);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · function public.total()
CREATE OR REPLACE FUNCTION public.total()
 RETURNS numeric
 LANGUAGE sql
BEGIN ATOMIC
 SELECT sum(t.v) AS sum
    FROM public.t;
END;

-- staging ahead · function public.twice(x integer)
CREATE OR REPLACE FUNCTION public.twice(x integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
RETURN (x * 2);

COMMIT;
