-- pgdrift migration · pair adhoc · fingerprint f107a656ce7f
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (1 added, 1 removed, 1 altered) · 6 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function public.valid_code(t text, n integer)
SET check_function_bodies = false;

-- staging ahead · constraint public.code.code_valid
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.code (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.code DROP CONSTRAINT code_valid;

-- production ahead · function public.valid_code(t text)
DROP FUNCTION public.valid_code(t text);

-- staging ahead · function public.valid_code(t text, n integer)
CREATE OR REPLACE FUNCTION public.valid_code(t text, n integer DEFAULT 6)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT length(t) = n $function$;

-- staging ahead · constraint public.code.code_valid
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.code (no row estimate yet, 0 B) for a catalog change only (no scan)
ALTER TABLE public.code ADD CONSTRAINT code_valid CHECK (public.valid_code(c, 6)) NOT VALID;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · constraint public.code.code_valid · runs in a transaction of its own · no statement_timeout: it reads every row
-- hazard, full-table validation scan: checks every row of public.code (no row estimate yet, 0 B) (under a SHARE UPDATE EXCLUSIVE lock: reads and writes continue)
ALTER TABLE public.code VALIDATE CONSTRAINT code_valid;

