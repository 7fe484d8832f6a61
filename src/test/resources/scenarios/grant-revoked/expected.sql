-- pgdrift migration · pair adhoc · fingerprint 0339291ddbd4
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (0 added, 0 removed, 4 altered) · 13 statements, 13 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · schema api
-- hazard, access control: takes privileges away on api: REVOKE USAGE ON SCHEMA api FROM scenario_reader;
REVOKE USAGE ON SCHEMA api FROM scenario_reader;

-- staging ahead · sequence api.item_no
-- hazard, access control: takes privileges away on api.item_no: REVOKE USAGE ON SEQUENCE api.item_no FROM scenario_reader;
REVOKE USAGE ON SEQUENCE api.item_no FROM scenario_reader;

-- staging ahead · table api.item
-- hazard, access control: takes privileges away on api.item (no row estimate yet, 0 B): REVOKE INSERT ON TABLE api.item FROM scenario_reader;
REVOKE INSERT ON TABLE api.item FROM scenario_reader;

-- staging ahead · table api.item
-- hazard, access control: takes privileges away on api.item (no row estimate yet, 0 B): REVOKE UPDATE ON TABLE api.item FROM scenario_reader;
REVOKE UPDATE ON TABLE api.item FROM scenario_reader;

-- staging ahead · table api.item
-- hazard, access control: gives privileges on api.item (no row estimate yet, 0 B): GRANT DELETE ON TABLE api.item TO "scenario writer" WITH GRANT OPTION;
GRANT DELETE ON TABLE api.item TO "scenario writer" WITH GRANT OPTION;

-- staging ahead · table api.item
-- hazard, access control: gives privileges on api.item (no row estimate yet, 0 B): GRANT INSERT ON TABLE api.item TO "scenario writer" WITH GRANT OPTION;
GRANT INSERT ON TABLE api.item TO "scenario writer" WITH GRANT OPTION;

-- staging ahead · table api.item
-- hazard, access control: gives privileges on api.item (no row estimate yet, 0 B): GRANT REFERENCES ON TABLE api.item TO "scenario writer" WITH GRANT OPTION;
GRANT REFERENCES ON TABLE api.item TO "scenario writer" WITH GRANT OPTION;

-- staging ahead · table api.item
-- hazard, access control: gives privileges on api.item (no row estimate yet, 0 B): GRANT SELECT ON TABLE api.item TO "scenario writer" WITH GRANT OPTION;
GRANT SELECT ON TABLE api.item TO "scenario writer" WITH GRANT OPTION;

-- staging ahead · table api.item
-- hazard, access control: gives privileges on api.item (no row estimate yet, 0 B): GRANT TRIGGER ON TABLE api.item TO "scenario writer" WITH GRANT OPTION;
GRANT TRIGGER ON TABLE api.item TO "scenario writer" WITH GRANT OPTION;

-- staging ahead · table api.item
-- hazard, access control: gives privileges on api.item (no row estimate yet, 0 B): GRANT TRUNCATE ON TABLE api.item TO "scenario writer" WITH GRANT OPTION;
GRANT TRUNCATE ON TABLE api.item TO "scenario writer" WITH GRANT OPTION;

-- staging ahead · table api.item
-- hazard, access control: gives privileges on api.item (no row estimate yet, 0 B): GRANT UPDATE ON TABLE api.item TO "scenario writer" WITH GRANT OPTION;
GRANT UPDATE ON TABLE api.item TO "scenario writer" WITH GRANT OPTION;

-- staging ahead · function api.ping()
-- hazard, access control: takes privileges away on api.ping(): REVOKE EXECUTE ON FUNCTION api.ping() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION api.ping() FROM PUBLIC;

-- staging ahead · function api.ping()
-- hazard, access control: gives privileges on api.ping(): GRANT EXECUTE ON FUNCTION api.ping() TO scenario_reader;
GRANT EXECUTE ON FUNCTION api.ping() TO scenario_reader;

COMMIT;
