-- pgdrift migration · pair adhoc · fingerprint 6e4d8d6f1c99
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (1 added, 1 removed, 1 altered) · 5 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function public.audit_v2()
SET check_function_bodies = false;

-- staging ahead · trigger public.docs.docs_audit
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.docs (no row estimate yet, 0 B), blocking reads and writes while it runs
DROP TRIGGER docs_audit ON public.docs;

-- production ahead · function public.audit_v1()
DROP FUNCTION public.audit_v1();

-- staging ahead · function public.audit_v2()
CREATE OR REPLACE FUNCTION public.audit_v2()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$ BEGIN RETURN NULL; END $function$;

-- staging ahead · trigger public.docs.docs_audit
-- hazard, blocks writes: takes a SHARE ROW EXCLUSIVE lock on public.docs (no row estimate yet, 0 B), blocking writes while it runs
CREATE TRIGGER docs_audit AFTER INSERT ON public.docs FOR EACH ROW EXECUTE FUNCTION public.audit_v2();

COMMIT;
