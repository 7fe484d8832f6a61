-- pgdrift migration · pair adhoc · fingerprint a7024f1793d4
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (1 added, 0 removed, 1 altered) · 6 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · view public.top_regions
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.top_regions; queries on it fail until it is recreated
DROP VIEW public.top_regions;

COMMIT;

BEGIN;

-- staging ahead · materialized view public.region_sales
-- hazard, data loss: drops materialized view public.region_sales (no row estimate yet, 0 B) and its stored rows (recreating it runs its query again)
DROP MATERIALIZED VIEW public.region_sales;

-- staging ahead · materialized view public.region_sales
CREATE MATERIALIZED VIEW public.region_sales AS
SELECT region, sum(amount) AS total, count(*) AS n FROM public.sale GROUP BY region
WITH DATA;

-- staging ahead · index public.region_sales.region_sales_region
CREATE UNIQUE INDEX region_sales_region ON public.region_sales USING btree (region);

-- staging ahead · index public.region_sales.region_sales_total
CREATE INDEX region_sales_total ON public.region_sales USING btree (total);

COMMIT;

BEGIN;

-- staging ahead · view public.top_regions
CREATE VIEW public.top_regions AS
SELECT region FROM public.region_sales ORDER BY total DESC LIMIT 3;

COMMIT;
