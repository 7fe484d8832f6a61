CREATE TABLE stock (id integer PRIMARY KEY, qty integer, changed timestamptz);
CREATE FUNCTION stock_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.changed := now(); RETURN NEW; END $$;
CREATE FUNCTION stock_log() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER stock_touch BEFORE UPDATE ON stock FOR EACH ROW EXECUTE FUNCTION stock_touch();
CREATE TRIGGER stock_log AFTER INSERT ON stock FOR EACH STATEMENT EXECUTE FUNCTION stock_log();
