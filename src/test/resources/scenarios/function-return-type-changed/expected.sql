-- pgdrift migration · pair adhoc · fingerprint 8af119cfed31
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (0 added, 0 removed, 1 altered) · 5 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function public.total()
SET check_function_bodies = false;

-- staging ahead · view public.totals
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.totals; queries on it fail until it is recreated
DROP VIEW public.totals;

-- staging ahead · function public.total()
DROP FUNCTION public.total();

-- staging ahead · function public.total()
CREATE OR REPLACE FUNCTION public.total()
 RETURNS bigint
 LANGUAGE sql
 STABLE
AS $function$SELECT count(*) FROM t$function$;

-- staging ahead · view public.totals
CREATE VIEW public.totals AS
SELECT public.total() AS n;

COMMIT;
