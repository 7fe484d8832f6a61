-- common
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'scenario_reader') THEN CREATE ROLE scenario_reader; END IF; END $$;
CREATE TABLE note (id integer PRIMARY KEY, owner text NOT NULL, body text);
ALTER TABLE note ENABLE ROW LEVEL SECURITY;
CREATE POLICY note_owner ON note USING (owner = current_user);
CREATE POLICY note_read ON note FOR SELECT TO scenario_reader USING (true);
-- staging
ALTER POLICY note_owner ON note USING (owner = current_user OR owner = 'shared') WITH CHECK (owner = current_user);
DROP POLICY note_read ON note;
CREATE POLICY note_read ON note AS RESTRICTIVE FOR SELECT TO scenario_reader USING (body IS NOT NULL);
ALTER TABLE note FORCE ROW LEVEL SECURITY;
