-- pgdrift migration · pair adhoc · fingerprint 1297449b2412
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (4 added, 0 removed, 0 altered) · 5 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function public.check_doc()
SET check_function_bodies = false;

-- staging ahead · function public.check_doc()
CREATE OR REPLACE FUNCTION public.check_doc()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$ BEGIN RETURN NULL; END $function$;

-- staging ahead · function public.docs_v_insert()
CREATE OR REPLACE FUNCTION public.docs_v_insert()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$ BEGIN INSERT INTO docs VALUES (NEW.id, NEW.updated_at); RETURN NEW; END $function$;

-- staging ahead · trigger public.docs.docs_check
-- hazard, blocks writes: takes a SHARE ROW EXCLUSIVE lock on public.docs (no row estimate yet, 0 B), blocking writes while it runs
CREATE CONSTRAINT TRIGGER docs_check AFTER INSERT ON public.docs DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.check_doc();

COMMIT;

BEGIN;

-- staging ahead · trigger public.docs_v.docs_v_ins
-- hazard, blocks writes: takes a SHARE ROW EXCLUSIVE lock on public.docs_v, blocking writes while it runs
CREATE TRIGGER docs_v_ins INSTEAD OF INSERT ON public.docs_v FOR EACH ROW EXECUTE FUNCTION public.docs_v_insert();

COMMIT;
