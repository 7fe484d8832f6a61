-- pgdrift migration · pair adhoc · fingerprint 9a52e81d83a2
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (1 added, 1 removed, 0 altered) · 3 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function public.scale(value integer, factor integer)
SET check_function_bodies = false;

-- production ahead · function public.scale(x integer, factor integer)
DROP FUNCTION public.scale(x integer, factor integer);

-- staging ahead · function public.scale(value integer, factor integer)
CREATE OR REPLACE FUNCTION public.scale(value integer, factor integer DEFAULT 3)
 RETURNS integer
 LANGUAGE sql
AS $function$ SELECT value * factor $function$;

COMMIT;
