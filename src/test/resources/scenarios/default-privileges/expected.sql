-- pgdrift migration · pair adhoc · fingerprint 43ec30a70c84
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 8 changes (5 added, 1 removed, 2 altered) · 9 statements, 8 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · default privileges for role postgres on functions
-- hazard, access control: changes the privileges of objects created from now on (for role postgres on functions): ALTER DEFAULT PRIVILEGES FOR ROLE postgres REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- staging ahead · default privileges for role postgres in schema app on tables
-- hazard, access control: changes the privileges of objects created from now on (for role postgres in schema app on tables): ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA app REVOKE SELECT ON TABLES FROM dp_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA app REVOKE SELECT ON TABLES FROM dp_reader;

-- staging ahead · table app.fresh
CREATE TABLE app.fresh (
    id integer
);

-- staging ahead · default privileges for role dp_writer on schemas
-- hazard, access control: changes the privileges of objects created from now on (for role dp_writer on schemas): ALTER DEFAULT PRIVILEGES FOR ROLE dp_writer GRANT USAGE ON SCHEMAS TO dp_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE dp_writer GRANT USAGE ON SCHEMAS TO dp_reader;

-- staging ahead · default privileges for role dp_writer on sequences
-- hazard, access control: changes the privileges of objects created from now on (for role dp_writer on sequences): ALTER DEFAULT PRIVILEGES FOR ROLE dp_writer GRANT USAGE ON SEQUENCES TO dp_reader WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES FOR ROLE dp_writer GRANT USAGE ON SEQUENCES TO dp_reader WITH GRANT OPTION;

-- production ahead · default privileges for role dp_writer on types
-- hazard, access control: changes the privileges of objects created from now on (for role dp_writer on types): ALTER DEFAULT PRIVILEGES FOR ROLE dp_writer GRANT USAGE ON TYPES TO PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE dp_writer GRANT USAGE ON TYPES TO PUBLIC;

-- staging ahead · default privileges for role dp_writer in schema app on tables
-- hazard, access control: changes the privileges of objects created from now on (for role dp_writer in schema app on tables): ALTER DEFAULT PRIVILEGES FOR ROLE dp_writer IN SCHEMA app GRANT INSERT ON TABLES TO dp_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE dp_writer IN SCHEMA app GRANT INSERT ON TABLES TO dp_reader;

-- staging ahead · default privileges for role dp_writer in schema app on tables
-- hazard, access control: changes the privileges of objects created from now on (for role dp_writer in schema app on tables): ALTER DEFAULT PRIVILEGES FOR ROLE dp_writer IN SCHEMA app GRANT UPDATE ON TABLES TO dp_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE dp_writer IN SCHEMA app GRANT UPDATE ON TABLES TO dp_reader;

-- staging ahead · default privileges for role postgres in schema app on tables
-- hazard, access control: changes the privileges of objects created from now on (for role postgres in schema app on tables): ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA app GRANT DELETE ON TABLES TO dp_writer;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA app GRANT DELETE ON TABLES TO dp_writer;

COMMIT;
