DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pgdrift_reporting') THEN CREATE ROLE pgdrift_reporting; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pgdrift_app') THEN CREATE ROLE pgdrift_app; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'Pgdrift Auditor') THEN CREATE ROLE "Pgdrift Auditor"; END IF;
END $$;
CREATE TABLE notes (id integer PRIMARY KEY, owner text NOT NULL, body text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_select ON notes FOR SELECT TO pgdrift_app USING (owner = current_user OR body IS NULL);
CREATE POLICY p_update ON notes FOR UPDATE USING (true);
CREATE POLICY p_kind ON notes FOR ALL USING (true);
