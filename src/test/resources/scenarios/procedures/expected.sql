-- pgdrift migration · pair adhoc · fingerprint 0958f3e7c892
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (1 added, 1 removed, 1 altered) · 4 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function public.archive(days integer)
SET check_function_bodies = false;

-- production ahead · function public.old_job()
DROP PROCEDURE public.old_job();

-- staging ahead · function public.archive(days integer)
CREATE OR REPLACE PROCEDURE public.archive(days integer)
 LANGUAGE plpgsql
AS $procedure$ BEGIN RAISE NOTICE 'archiving % days', days; END $procedure$;

-- staging ahead · function public.new_job(INOUT result integer)
CREATE OR REPLACE PROCEDURE public.new_job(INOUT result integer)
 LANGUAGE plpgsql
AS $procedure$ BEGIN result := 42; END $procedure$;

COMMIT;
