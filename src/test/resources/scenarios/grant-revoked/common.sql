DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'scenario_reader') THEN CREATE ROLE scenario_reader; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'scenario writer') THEN CREATE ROLE "scenario writer"; END IF; END $$;
CREATE SCHEMA api;
CREATE TABLE api.item (id integer PRIMARY KEY, secret text);
CREATE SEQUENCE api.item_no;
CREATE FUNCTION api.ping() RETURNS integer LANGUAGE sql AS 'SELECT 1';
GRANT USAGE ON SCHEMA api TO scenario_reader;
GRANT SELECT, INSERT, UPDATE ON api.item TO scenario_reader;
GRANT USAGE, SELECT ON SEQUENCE api.item_no TO scenario_reader;
