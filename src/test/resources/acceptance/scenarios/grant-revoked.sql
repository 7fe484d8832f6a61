-- common
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'scenario_reader') THEN CREATE ROLE scenario_reader; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'scenario writer') THEN CREATE ROLE "scenario writer"; END IF; END $$;
CREATE SCHEMA api;
CREATE TABLE api.item (id integer PRIMARY KEY, secret text);
CREATE SEQUENCE api.item_no;
CREATE FUNCTION api.ping() RETURNS integer LANGUAGE sql AS 'SELECT 1';
GRANT USAGE ON SCHEMA api TO scenario_reader;
GRANT SELECT, INSERT, UPDATE ON api.item TO scenario_reader;
GRANT USAGE, SELECT ON SEQUENCE api.item_no TO scenario_reader;
-- staging
REVOKE INSERT, UPDATE ON api.item FROM scenario_reader;
GRANT ALL ON api.item TO "scenario writer" WITH GRANT OPTION;
REVOKE USAGE ON SEQUENCE api.item_no FROM scenario_reader;
REVOKE EXECUTE ON FUNCTION api.ping() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api.ping() TO scenario_reader;
REVOKE USAGE ON SCHEMA api FROM scenario_reader;
