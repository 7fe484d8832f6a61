-- a language of its own over plpgsql's handlers (what CREATE LANGUAGE takes without a C library)
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pl_user') THEN CREATE ROLE pl_user; END IF; END $$;
CREATE SCHEMA code;
