ALTER POLICY note_owner ON note USING (owner = current_user OR owner = 'shared') WITH CHECK (owner = current_user);
DROP POLICY note_read ON note;
CREATE POLICY note_read ON note AS RESTRICTIVE FOR SELECT TO scenario_reader USING (body IS NOT NULL);
ALTER TABLE note FORCE ROW LEVEL SECURITY;
