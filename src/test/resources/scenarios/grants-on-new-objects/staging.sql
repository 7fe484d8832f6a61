DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pgdrift_reporting') THEN CREATE ROLE pgdrift_reporting; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pgdrift_app') THEN CREATE ROLE pgdrift_app; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'Pgdrift Auditor') THEN CREATE ROLE "Pgdrift Auditor"; END IF;
END $$;
CREATE TABLE keep (id integer);
CREATE SCHEMA app_data;
GRANT USAGE ON SCHEMA app_data TO pgdrift_app;
CREATE TABLE app_data.items (id integer PRIMARY KEY);
GRANT SELECT, INSERT, UPDATE, DELETE ON app_data.items TO pgdrift_app;
CREATE FUNCTION app_data.secret() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
REVOKE ALL ON FUNCTION app_data.secret() FROM PUBLIC;
CREATE SEQUENCE app_data.ids;
GRANT USAGE, SELECT ON SEQUENCE app_data.ids TO pgdrift_app;
