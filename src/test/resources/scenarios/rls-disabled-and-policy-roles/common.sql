DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'scenario_reader') THEN CREATE ROLE scenario_reader; END IF; END $$;
CREATE TABLE doc (id integer PRIMARY KEY, team text);
CREATE TABLE secret (id integer PRIMARY KEY);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
ALTER TABLE doc FORCE ROW LEVEL SECURITY;
CREATE POLICY doc_team ON doc FOR ALL TO PUBLIC USING (team = current_user);
