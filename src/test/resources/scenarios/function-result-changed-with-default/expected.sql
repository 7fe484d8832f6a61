-- pgdrift migration · pair adhoc · fingerprint d9900a4be8aa
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (0 added, 0 removed, 1 altered) · 5 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function public.next_code()
SET check_function_bodies = false;

-- staging ahead · column public.codes.code
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.codes (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.codes ALTER COLUMN code DROP DEFAULT;

-- staging ahead · function public.next_code()
DROP FUNCTION public.next_code();

-- staging ahead · function public.next_code()
CREATE OR REPLACE FUNCTION public.next_code()
 RETURNS bigint
 LANGUAGE sql
AS $function$ SELECT 2::bigint $function$;

-- staging ahead · column public.codes.code
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.codes (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.codes ALTER COLUMN code SET DEFAULT public.next_code();

COMMIT;
