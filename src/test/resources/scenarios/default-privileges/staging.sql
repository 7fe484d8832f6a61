CREATE TABLE app.fresh (id integer);
-- given after app.fresh exists, so app.fresh has no DELETE for dp_writer
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT DELETE ON TABLES TO dp_writer;
ALTER DEFAULT PRIVILEGES FOR ROLE dp_writer GRANT USAGE ON SEQUENCES TO dp_reader WITH GRANT OPTION;
-- new: a database-wide entry that takes from the built-in default, and a per-schema one for another role
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE dp_writer IN SCHEMA app GRANT INSERT, UPDATE ON TABLES TO dp_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE dp_writer GRANT USAGE ON SCHEMAS TO dp_reader;
