-- pgdrift migration · pair adhoc · fingerprint b7fda075f53c
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (2 added, 0 removed, 1 altered) · 5 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function b.f()
SET check_function_bodies = false;

SET statement_timeout = '0';

-- staging ahead · column a.t.x · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on a.t (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites a.t (no row estimate yet, 0 B) and rebuilds its indexes (text to integer is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
-- hazard, data loss: converts text to integer: values that do not fit fail the statement or lose precision (a.t: no row estimate yet, 0 B)
--   safer path: check the data first
ALTER TABLE a.t ALTER COLUMN x TYPE integer USING x::integer;

COMMIT;

-- staging ahead · column a.t.x · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE a.t (x);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · column b.t.y
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on b.t (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE b.t ADD COLUMN y text;

-- staging ahead · function b.f()
CREATE OR REPLACE FUNCTION b.f()
 RETURNS integer
 LANGUAGE sql
AS $function$ SELECT 2 $function$;

COMMIT;
