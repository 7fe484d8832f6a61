-- pgdrift migration · pair adhoc · fingerprint e2dd8f6b086d
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (1 added, 1 removed, 0 altered) · 2 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · event trigger guard_old
DROP EVENT TRIGGER guard_old;

-- staging ahead · event trigger guard ddl
CREATE EVENT TRIGGER "guard ddl" ON ddl_command_start WHEN TAG IN ('ALTER TABLE', 'DROP TABLE') EXECUTE FUNCTION public.ddl_guard();

COMMIT;
