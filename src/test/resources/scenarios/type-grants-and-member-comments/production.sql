DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cov_reader') THEN CREATE ROLE cov_reader; END IF; END $$;
CREATE TYPE mood AS ENUM ('a', 'b');
CREATE DOMAIN pos AS integer CONSTRAINT pos_check CHECK (VALUE > 0);
CREATE TYPE addr AS (street text, zip text);
