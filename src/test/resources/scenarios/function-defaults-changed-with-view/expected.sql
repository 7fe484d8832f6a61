-- pgdrift migration · pair adhoc · fingerprint 9fd0c6a72408
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (0 added, 0 removed, 1 altered) · 5 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function public.fmt(v numeric, digits integer)
SET check_function_bodies = false;

-- staging ahead · view public.pretty
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.pretty; queries on it fail until it is recreated
DROP VIEW public.pretty;

-- staging ahead · function public.fmt(v numeric, digits integer)
DROP FUNCTION public.fmt(v numeric, digits integer);

-- staging ahead · function public.fmt(v numeric, digits integer)
CREATE OR REPLACE FUNCTION public.fmt(v numeric, digits integer DEFAULT 3)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT round(v, digits)::text $function$;

-- staging ahead · view public.pretty
CREATE VIEW public.pretty AS
SELECT id, public.fmt(v) AS v FROM public.amounts;

COMMIT;
