-- pgdrift migration · pair adhoc · fingerprint 5a0040d14d20
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (2 added, 0 removed, 1 altered) · 5 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · materialized view public.region_totals
-- hazard, data loss: drops materialized view public.region_totals (no row estimate yet, 0 B) and its stored rows (recreating it runs its query again)
DROP MATERIALIZED VIEW public.region_totals;

-- staging ahead · materialized view public.region_totals
CREATE MATERIALIZED VIEW public.region_totals AS
SELECT region, sum(amount) AS total, count(*) AS n FROM public.sales GROUP BY region
WITH DATA;

-- staging ahead · index public.region_totals.region_totals_idx
CREATE INDEX region_totals_idx ON public.region_totals USING btree (region);

-- staging ahead · materialized view public.top_regions
CREATE MATERIALIZED VIEW public.top_regions AS
SELECT region FROM public.region_totals WHERE (total > (1000)::numeric)
WITH DATA;

-- staging ahead · index public.top_regions.top_regions_idx
CREATE UNIQUE INDEX top_regions_idx ON public.top_regions USING btree (region);

COMMIT;
