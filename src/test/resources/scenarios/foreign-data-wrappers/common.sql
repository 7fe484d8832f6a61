DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'fdw_user') THEN CREATE ROLE fdw_user; END IF; END $$;
CREATE FUNCTION public.remote_handler() RETURNS fdw_handler AS '$libdir/postgres_fdw', 'postgres_fdw_handler' LANGUAGE C STRICT;
