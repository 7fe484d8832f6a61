-- pgdrift migration · pair adhoc · fingerprint 1826dcb82a81
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (0 added, 0 removed, 1 altered) · 4 statements, 2 with hazards
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

-- staging ahead · column public.sales.amount
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.sales (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.sales (no row estimate yet, 0 B) and rebuilds its indexes (integer to bigint is not binary coercible)
--   safer path: add a new column, backfill it in batches, then swap the columns
ALTER TABLE public.sales ALTER COLUMN amount TYPE bigint;

COMMIT;

BEGIN;

-- staging ahead · materialized view public.sales_by_region
CREATE MATERIALIZED VIEW public.sales_by_region AS
SELECT region, sum(amount) AS total FROM public.sales GROUP BY region
WITH DATA;

-- staging ahead · index public.sales_by_region.sales_by_region_region_idx
CREATE UNIQUE INDEX sales_by_region_region_idx ON public.sales_by_region USING btree (region);

COMMIT;
