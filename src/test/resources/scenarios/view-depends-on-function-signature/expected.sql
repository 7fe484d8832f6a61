-- pgdrift migration · pair adhoc · fingerprint f3cfc1d94f0f
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (1 added, 1 removed, 1 altered) · 5 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function public.bonus(s numeric, pct numeric)
SET check_function_bodies = false;

-- staging ahead · view public.emp_bonus
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.emp_bonus; queries on it fail until it is recreated
DROP VIEW public.emp_bonus;

-- production ahead · function public.bonus(s numeric)
DROP FUNCTION public.bonus(s numeric);

-- staging ahead · function public.bonus(s numeric, pct numeric)
CREATE OR REPLACE FUNCTION public.bonus(s numeric, pct numeric DEFAULT 0.1)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT s * pct$function$;

-- staging ahead · view public.emp_bonus
CREATE VIEW public.emp_bonus AS
SELECT id, public.bonus(salary, 0.2) AS b FROM public.emp;

COMMIT;
