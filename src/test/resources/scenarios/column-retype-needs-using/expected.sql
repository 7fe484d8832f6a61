-- pgdrift migration · pair adhoc · fingerprint 487b42056b70
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (0 added, 0 removed, 4 altered) · 8 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

SET statement_timeout = '0';

-- staging ahead · column public.reading.at · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.reading (≈2 rows, 8 kB), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.reading (≈2 rows, 8 kB) and rebuilds its indexes (text to date is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
-- hazard, data loss: converts text to date: values that do not fit fail the statement or lose precision (public.reading: ≈2 rows, 8 kB)
--   safer path: check the data first
ALTER TABLE public.reading ALTER COLUMN at TYPE date USING at::date;

COMMIT;

-- staging ahead · column public.reading.at · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.reading (at);

BEGIN;

-- staging ahead · column public.reading.flag · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.reading (≈2 rows, 8 kB), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.reading (≈2 rows, 8 kB) and rebuilds its indexes (integer to boolean is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
-- hazard, data loss: converts integer to boolean: values that do not fit fail the statement or lose precision (public.reading: ≈2 rows, 8 kB)
--   safer path: check the data first
ALTER TABLE public.reading ALTER COLUMN flag TYPE boolean USING flag::boolean;

COMMIT;

-- staging ahead · column public.reading.flag · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.reading (flag);

BEGIN;

-- staging ahead · column public.reading.id · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.reading (≈2 rows, 8 kB), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.reading (≈2 rows, 8 kB) and rebuilds its indexes (integer to bigint is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
ALTER TABLE public.reading ALTER COLUMN id TYPE bigint;

COMMIT;

-- staging ahead · column public.reading.id · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.reading (id);

BEGIN;

-- staging ahead · column public.reading.value · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.reading (≈2 rows, 8 kB), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.reading (≈2 rows, 8 kB) and rebuilds its indexes (text to integer is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
-- hazard, data loss: converts text to integer: values that do not fit fail the statement or lose precision (public.reading: ≈2 rows, 8 kB)
--   safer path: check the data first
ALTER TABLE public.reading ALTER COLUMN value TYPE integer USING value::integer;

COMMIT;

-- staging ahead · column public.reading.value · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.reading (value);

