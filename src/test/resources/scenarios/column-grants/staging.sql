DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cov_reader') THEN CREATE ROLE cov_reader; END IF; END $$;
CREATE TABLE profile (id integer PRIMARY KEY, nick text, secret text);
GRANT SELECT (id) ON profile TO cov_reader;
GRANT UPDATE (nick) ON profile TO cov_reader WITH GRANT OPTION;
CREATE TABLE audit (id integer, who text);
GRANT INSERT (who) ON audit TO cov_reader;
