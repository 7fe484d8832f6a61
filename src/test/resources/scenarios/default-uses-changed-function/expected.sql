-- pgdrift migration · pair adhoc · fingerprint 03838b3d70d4
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (1 added, 1 removed, 1 altered) · 5 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function public.new_token(len integer)
SET check_function_bodies = false;

-- production ahead · column public.token.value
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.token (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.token ALTER COLUMN value DROP DEFAULT;

-- production ahead · function public.new_token()
DROP FUNCTION public.new_token();

-- staging ahead · function public.new_token(len integer)
CREATE OR REPLACE FUNCTION public.new_token(len integer DEFAULT 16)
 RETURNS text
 LANGUAGE sql
AS $function$ SELECT substr(md5(random()::text), 1, len) $function$;

-- production ahead · column public.token.value
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.token (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.token ALTER COLUMN value SET DEFAULT public.new_token(8);

COMMIT;
