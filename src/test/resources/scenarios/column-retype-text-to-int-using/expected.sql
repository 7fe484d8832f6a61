-- pgdrift migration · pair adhoc · fingerprint 09e98563e355
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 0 removed, 2 altered) · 4 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

SET statement_timeout = '0';

-- staging ahead · column public.readings.recorded · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.readings (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.readings (no row estimate yet, 0 B) and rebuilds its indexes (text to date is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
-- hazard, data loss: converts text to date: values that do not fit fail the statement or lose precision (public.readings: no row estimate yet, 0 B)
--   safer path: check the data first
ALTER TABLE public.readings ALTER COLUMN recorded TYPE date USING recorded::date;

COMMIT;

-- staging ahead · column public.readings.recorded · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.readings (recorded);

BEGIN;

-- staging ahead · column public.readings.value · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.readings (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.readings (no row estimate yet, 0 B) and rebuilds its indexes (text to integer is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
-- hazard, data loss: converts text to integer: values that do not fit fail the statement or lose precision (public.readings: no row estimate yet, 0 B)
--   safer path: check the data first
ALTER TABLE public.readings ALTER COLUMN value TYPE integer USING value::integer;

COMMIT;

-- staging ahead · column public.readings.value · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.readings (value);

