-- pgdrift migration · pair adhoc · fingerprint 364ca900603b
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (1 added, 1 removed, 1 altered) · 4 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function public.area(w integer, h integer)
SET check_function_bodies = false;

-- production ahead · function public.area(w numeric, h numeric)
DROP FUNCTION public.area(w numeric, h numeric);

-- staging ahead · function public.area(w integer, h integer)
CREATE OR REPLACE FUNCTION public.area(w integer, h integer)
 RETURNS integer
 LANGUAGE sql
AS $function$ SELECT w * h * 1 $function$;

-- staging ahead · function public.area(w bigint, h bigint)
CREATE OR REPLACE FUNCTION public.area(w bigint, h bigint)
 RETURNS bigint
 LANGUAGE sql
AS $function$ SELECT w * h $function$;

COMMIT;
