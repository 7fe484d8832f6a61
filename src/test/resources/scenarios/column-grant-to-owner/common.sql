DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'scenario_owner') THEN CREATE ROLE scenario_owner; END IF; END $$;
-- column privileges granted to a table's own owner (a column's default privileges are none, so pg_dump shows them)
CREATE TABLE kept (id integer, secret text, note text);
ALTER TABLE kept OWNER TO scenario_owner;
CREATE TABLE mine (id integer, note text);
