-- pgdrift migration · pair adhoc · fingerprint d8c638978c68
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 0 removed, 2 altered) · 5 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function public.tax_rate()
SET check_function_bodies = false;

-- staging ahead · view public.gross_prices
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.gross_prices; queries on it fail until it is recreated
DROP VIEW public.gross_prices;

-- staging ahead · function public.tax_rate()
DROP FUNCTION public.tax_rate();

-- staging ahead · function public.tax_rate()
CREATE OR REPLACE FUNCTION public.tax_rate()
 RETURNS double precision
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 0.2::double precision $function$;

-- staging ahead · view public.gross_prices
CREATE VIEW public.gross_prices AS
SELECT id, (net * ((1)::numeric + (public.tax_rate())::numeric)) AS gross FROM public.prices;

COMMIT;
