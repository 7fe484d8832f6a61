-- pgdrift migration · pair adhoc · fingerprint 1826dcb82a81
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (0 added, 0 removed, 1 altered) · 5 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · materialized view public.sales_by_region
-- hazard, data loss: drops materialized view public.sales_by_region (no row estimate yet, 0 B) and its stored rows (recreating it runs its query again)
DROP MATERIALIZED VIEW public.sales_by_region;

COMMIT;

BEGIN;

SET statement_timeout = '0';

-- staging ahead · column public.sales.amount · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.sales (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.sales (no row estimate yet, 0 B) and rebuilds its indexes (integer to bigint is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
ALTER TABLE public.sales ALTER COLUMN amount TYPE bigint;

COMMIT;

-- staging ahead · column public.sales.amount · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.sales (amount);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · materialized view public.sales_by_region
CREATE MATERIALIZED VIEW public.sales_by_region AS
SELECT region, sum(amount) AS total FROM public.sales GROUP BY region
WITH DATA;

-- staging ahead · index public.sales_by_region.sales_by_region_region_idx
CREATE UNIQUE INDEX sales_by_region_region_idx ON public.sales_by_region USING btree (region);

COMMIT;
