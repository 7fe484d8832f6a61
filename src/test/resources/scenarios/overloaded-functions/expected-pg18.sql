-- pgdrift migration · pair adhoc · fingerprint 0e0431d12574
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 8 changes (5 added, 1 removed, 2 altered) · 9 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function public.area(r numeric)
SET check_function_bodies = false;

-- production ahead · function public.area(w integer, h integer)
DROP FUNCTION public.area(w integer, h integer);

-- staging ahead · function public.area(r numeric)
CREATE OR REPLACE FUNCTION public.area(r numeric)
 RETURNS numeric
 LANGUAGE sql
 STABLE SECURITY DEFINER
AS $function$SELECT pi() * r * r$function$;

-- staging ahead · function public.area(w numeric, h numeric)
CREATE OR REPLACE FUNCTION public.area(w numeric, h numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE STRICT
AS $function$SELECT round(w * h, 2)$function$;

-- staging ahead · function public.area(VARIADIC sides numeric[])
CREATE OR REPLACE FUNCTION public.area(VARIADIC sides numeric[])
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT sides[1] * sides[2]$function$;

-- staging ahead · function public.area(w bigint, h bigint)
CREATE OR REPLACE FUNCTION public.area(w bigint, h bigint)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT w * h$function$;

-- staging ahead · function public.numbers(n integer)
CREATE OR REPLACE FUNCTION public.numbers(n integer)
 RETURNS TABLE(i integer, sq integer)
 LANGUAGE sql
AS $function$SELECT g, g * g FROM generate_series(1, n) g$function$;

-- staging ahead · function public.recompute(days integer, INOUT n integer)
CREATE OR REPLACE PROCEDURE public.recompute(IN days integer, INOUT n integer DEFAULT 0)
 LANGUAGE plpgsql
AS $procedure$ BEGIN n := days; END $procedure$;

-- staging ahead · function public.split_name(full_name text, OUT first text, OUT last text)
CREATE OR REPLACE FUNCTION public.split_name(full_name text, OUT first text, OUT last text)
 RETURNS record
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT split_part(full_name, ' ', 1), split_part(full_name, ' ', 2) $function$;

COMMIT;
