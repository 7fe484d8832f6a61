CREATE FUNCTION count_words(t text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT array_length(regexp_split_to_array(t, '\s+'), 1) $$;
CREATE FUNCTION doc_words() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.words := count_words(NEW.body); RETURN NEW; END $$;
CREATE TRIGGER doc_words BEFORE INSERT OR UPDATE ON doc FOR EACH ROW EXECUTE FUNCTION doc_words();
