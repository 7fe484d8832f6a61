-- pgdrift migration · pair adhoc · fingerprint e4a2ed6d2830
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 0 removed, 2 altered) · 3 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql

BEGIN;

-- staging ahead · function public.add_tax(amount numeric)
SET check_function_bodies = false;

-- staging ahead · function public.add_tax(amount numeric)
CREATE OR REPLACE FUNCTION public.add_tax(amount numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$ SELECT amount * 1.2 $function$;

-- staging ahead · function public.greet(name text)
CREATE OR REPLACE FUNCTION public.greet(name text)
 RETURNS text
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$ BEGIN RETURN 'hello ' || name; END $function$;

COMMIT;
