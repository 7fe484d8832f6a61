-- pgdrift migration · pair adhoc · fingerprint 109bf27e4959
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (0 added, 0 removed, 3 altered) · 6 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

SET statement_timeout = '0';

-- staging ahead · column public.items.code · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.items (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.items (no row estimate yet, 0 B) and rebuilds its indexes (character varying(50) to character varying(10) is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
-- hazard, data loss: converts character varying(50) to character varying(10): values that do not fit fail the statement or lose precision (public.items: no row estimate yet, 0 B)
--   safer path: check the data first
ALTER TABLE public.items ALTER COLUMN code TYPE character varying(10);

COMMIT;

-- staging ahead · column public.items.code · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.items (code);

BEGIN;

-- staging ahead · column public.items.price · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.items (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.items (no row estimate yet, 0 B) and rebuilds its indexes (numeric(12,4) to numeric(10,2) is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
-- hazard, data loss: converts numeric(12,4) to numeric(10,2): values that do not fit fail the statement or lose precision (public.items: no row estimate yet, 0 B)
--   safer path: check the data first
ALTER TABLE public.items ALTER COLUMN price TYPE numeric(10,2);

COMMIT;

-- staging ahead · column public.items.price · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.items (price);

BEGIN;

-- staging ahead · column public.items.qty · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.items (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.items (no row estimate yet, 0 B) and rebuilds its indexes (bigint to integer is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
-- hazard, data loss: converts bigint to integer: values that do not fit fail the statement or lose precision (public.items: no row estimate yet, 0 B)
--   safer path: check the data first
ALTER TABLE public.items ALTER COLUMN qty TYPE integer;

COMMIT;

-- staging ahead · column public.items.qty · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.items (qty);

