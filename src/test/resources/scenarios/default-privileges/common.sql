DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dp_reader') THEN CREATE ROLE dp_reader; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dp_writer') THEN CREATE ROLE dp_writer; END IF; END $$;
CREATE SCHEMA app;
