DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pgdrift_reporting') THEN CREATE ROLE pgdrift_reporting; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pgdrift_app') THEN CREATE ROLE pgdrift_app; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'Pgdrift Auditor') THEN CREATE ROLE "Pgdrift Auditor"; END IF;
END $$;
CREATE TABLE notes (id integer PRIMARY KEY, owner text NOT NULL, body text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_select ON notes FOR SELECT USING (owner = current_user);
CREATE POLICY p_update ON notes FOR UPDATE USING (true) WITH CHECK (owner = current_user);
CREATE POLICY p_gone ON notes FOR DELETE USING (false);
CREATE POLICY p_kind ON notes FOR INSERT WITH CHECK (true);
