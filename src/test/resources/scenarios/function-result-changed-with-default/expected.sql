-- pgdrift migration · pair adhoc · fingerprint d9900a4be8aa
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (0 added, 0 removed, 1 altered) · 5 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql

BEGIN;

-- staging ahead · function public.next_code()
SET check_function_bodies = false;

-- staging ahead · column public.codes.code
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.codes, blocking reads and writes while it runs
ALTER TABLE public.codes ALTER COLUMN code DROP DEFAULT;

-- staging ahead · function public.next_code()
DROP FUNCTION public.next_code();

-- staging ahead · function public.next_code()
CREATE OR REPLACE FUNCTION public.next_code()
 RETURNS bigint
 LANGUAGE sql
AS $function$ SELECT 2::bigint $function$;

-- staging ahead · column public.codes.code
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.codes, blocking reads and writes while it runs
ALTER TABLE public.codes ALTER COLUMN code SET DEFAULT public.next_code();

COMMIT;
