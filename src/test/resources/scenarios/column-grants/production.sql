DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cov_reader') THEN CREATE ROLE cov_reader; END IF; END $$;
CREATE TABLE profile (id integer PRIMARY KEY, nick text, secret text);
GRANT SELECT (id, nick) ON profile TO cov_reader;
