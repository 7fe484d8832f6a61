CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TABLE docs (id integer PRIMARY KEY, title text, updated_at timestamptz);
CREATE TRIGGER docs_touch BEFORE UPDATE OF title ON docs FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title) EXECUTE FUNCTION touch();
CREATE TRIGGER docs_touch2 BEFORE INSERT ON docs FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE docs DISABLE TRIGGER docs_touch2;
