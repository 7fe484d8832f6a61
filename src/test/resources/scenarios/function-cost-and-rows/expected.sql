-- pgdrift migration · pair adhoc · fingerprint f1d9a10ba1f8
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (1 added, 0 removed, 2 altered) · 4 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function public.f(i integer)
SET check_function_bodies = false;

-- staging ahead · function public.f(i integer)
CREATE OR REPLACE FUNCTION public.f(i integer)
 RETURNS integer
 LANGUAGE sql
 COST 5
AS $function$SELECT i$function$;

-- staging ahead · function public.g()
CREATE OR REPLACE FUNCTION public.g()
 RETURNS SETOF integer
 LANGUAGE sql
 ROWS 10
AS $function$SELECT 1$function$;

-- staging ahead · function public.h()
CREATE OR REPLACE FUNCTION public.h()
 RETURNS SETOF integer
 LANGUAGE sql
 COST 7 ROWS 3
AS $function$SELECT 1$function$;

COMMIT;
