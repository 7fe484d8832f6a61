DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pgdrift_reporting') THEN CREATE ROLE pgdrift_reporting; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pgdrift_app') THEN CREATE ROLE pgdrift_app; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'Pgdrift Auditor') THEN CREATE ROLE "Pgdrift Auditor"; END IF;
END $$;
CREATE TABLE keep (id integer);
