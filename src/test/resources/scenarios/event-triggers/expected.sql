-- pgdrift migration · pair adhoc · fingerprint 20da0d83aea8
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (3 added, 1 removed, 0 altered) · 6 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function public.no_drops()
SET check_function_bodies = false;

-- production ahead · event trigger old_ddl_log
DROP EVENT TRIGGER old_ddl_log;

-- staging ahead · function public.no_drops()
CREATE OR REPLACE FUNCTION public.no_drops()
 RETURNS event_trigger
 LANGUAGE plpgsql
AS $function$ BEGIN RAISE NOTICE 'drop'; END $function$;

-- staging ahead · event trigger guard_drops
CREATE EVENT TRIGGER guard_drops ON sql_drop WHEN TAG IN ('DROP TABLE', 'DROP VIEW') EXECUTE FUNCTION public.no_drops();

-- staging ahead · event trigger quiet_log
CREATE EVENT TRIGGER quiet_log ON ddl_command_start EXECUTE FUNCTION public.log_ddl();

-- staging ahead · event trigger quiet_log
ALTER EVENT TRIGGER quiet_log DISABLE;

COMMIT;
