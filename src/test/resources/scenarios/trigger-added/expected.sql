-- pgdrift migration · pair adhoc · fingerprint e3e48e1af08c
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (2 added, 0 removed, 0 altered) · 3 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function public.touch()
SET check_function_bodies = false;

-- staging ahead · function public.touch()
CREATE OR REPLACE FUNCTION public.touch()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$ BEGIN NEW.updated_at := now(); RETURN NEW; END $function$;

-- staging ahead · trigger public.docs.docs_touch
-- hazard, blocks writes: takes a SHARE ROW EXCLUSIVE lock on public.docs (no row estimate yet, 0 B), blocking writes while it runs
CREATE TRIGGER docs_touch BEFORE UPDATE ON public.docs FOR EACH ROW EXECUTE FUNCTION public.touch();

COMMIT;
