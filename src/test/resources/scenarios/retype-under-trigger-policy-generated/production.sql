CREATE TABLE items (id integer PRIMARY KEY, qty integer, owner text, doubled integer GENERATED ALWAYS AS (qty * 2) STORED);
CREATE FUNCTION noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER items_qty BEFORE UPDATE ON items FOR EACH ROW WHEN (OLD.qty IS DISTINCT FROM NEW.qty) EXECUTE FUNCTION noop();
ALTER TABLE items ENABLE ROW LEVEL SECURITY;
CREATE POLICY items_positive ON items USING (qty > 0);
CREATE INDEX items_qty_idx ON items ((qty + 1));
