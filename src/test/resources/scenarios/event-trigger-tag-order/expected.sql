-- pgdrift migration · pair adhoc · fingerprint 0725a6114f8f
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (1 added, 0 removed, 0 altered) · 1 statement, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql

BEGIN;

-- staging ahead · event trigger note_ddl
CREATE EVENT TRIGGER note_ddl ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'DROP TABLE') EXECUTE FUNCTION public.ddl_note();

COMMIT;
