-- given away in staging: revoked before the migration creates app.fresh, which must not get SELECT
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO dp_reader;
-- staging adds the grant option
ALTER DEFAULT PRIVILEGES FOR ROLE dp_writer GRANT USAGE ON SEQUENCES TO dp_reader;
-- gone in staging: back to the built-in default
ALTER DEFAULT PRIVILEGES FOR ROLE dp_writer REVOKE USAGE ON TYPES FROM PUBLIC;
