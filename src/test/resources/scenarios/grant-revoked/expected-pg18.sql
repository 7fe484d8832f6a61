-- pgdrift migration · pair adhoc · fingerprint f830cdc8fcef
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (0 added, 0 removed, 4 altered) · 14 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · schema api
REVOKE USAGE ON SCHEMA api FROM scenario_reader;

-- staging ahead · sequence api.item_no
REVOKE USAGE ON SEQUENCE api.item_no FROM scenario_reader;

-- staging ahead · table api.item
REVOKE INSERT ON TABLE api.item FROM scenario_reader;

-- staging ahead · table api.item
REVOKE UPDATE ON TABLE api.item FROM scenario_reader;

-- staging ahead · table api.item
GRANT DELETE ON TABLE api.item TO "scenario writer" WITH GRANT OPTION;

-- staging ahead · table api.item
GRANT INSERT ON TABLE api.item TO "scenario writer" WITH GRANT OPTION;

-- staging ahead · table api.item
GRANT MAINTAIN ON TABLE api.item TO "scenario writer" WITH GRANT OPTION;

-- staging ahead · table api.item
GRANT REFERENCES ON TABLE api.item TO "scenario writer" WITH GRANT OPTION;

-- staging ahead · table api.item
GRANT SELECT ON TABLE api.item TO "scenario writer" WITH GRANT OPTION;

-- staging ahead · table api.item
GRANT TRIGGER ON TABLE api.item TO "scenario writer" WITH GRANT OPTION;

-- staging ahead · table api.item
GRANT TRUNCATE ON TABLE api.item TO "scenario writer" WITH GRANT OPTION;

-- staging ahead · table api.item
GRANT UPDATE ON TABLE api.item TO "scenario writer" WITH GRANT OPTION;

-- staging ahead · function api.ping()
REVOKE EXECUTE ON FUNCTION api.ping() FROM PUBLIC;

-- staging ahead · function api.ping()
GRANT EXECUTE ON FUNCTION api.ping() TO scenario_reader;

COMMIT;
