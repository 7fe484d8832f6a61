DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'scenario_reader') THEN CREATE ROLE scenario_reader; END IF; END $$;
CREATE TABLE note (id integer PRIMARY KEY, owner text NOT NULL, body text);
ALTER TABLE note ENABLE ROW LEVEL SECURITY;
CREATE POLICY note_owner ON note USING (owner = current_user);
CREATE POLICY note_read ON note FOR SELECT TO scenario_reader USING (true);
