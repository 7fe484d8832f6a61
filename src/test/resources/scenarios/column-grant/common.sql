DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'scenario_reader') THEN CREATE ROLE scenario_reader; END IF; END $$;
CREATE TABLE profile (id integer PRIMARY KEY, nick text, secret text);
GRANT SELECT (id, nick) ON profile TO scenario_reader;
