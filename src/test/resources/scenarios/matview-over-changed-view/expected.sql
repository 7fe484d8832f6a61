-- pgdrift migration · pair adhoc · fingerprint 4a5195eedb1f
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (0 added, 0 removed, 1 altered) · 5 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · materialized view public.page_counts
-- hazard, data loss: drops materialized view public.page_counts (no row estimate yet, 0 B) and its stored rows (recreating it runs its query again)
DROP MATERIALIZED VIEW public.page_counts;

COMMIT;

BEGIN;

-- staging ahead · view public.recent_visit
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.recent_visit; queries on it fail until it is recreated
DROP VIEW public.recent_visit;

-- staging ahead · view public.recent_visit
CREATE VIEW public.recent_visit AS
SELECT page, at FROM public.visit WHERE (at > '2025-01-01'::date);

COMMIT;

BEGIN;

-- staging ahead · materialized view public.page_counts
CREATE MATERIALIZED VIEW public.page_counts AS
SELECT page, count(*) AS n FROM public.recent_visit GROUP BY page
WITH DATA;

-- staging ahead · index public.page_counts.page_counts_n
CREATE INDEX page_counts_n ON public.page_counts USING btree (n);

COMMIT;
