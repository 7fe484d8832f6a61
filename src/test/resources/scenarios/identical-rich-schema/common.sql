CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE SCHEMA "app ""core""";
CREATE TYPE "app ""core""".state AS ENUM ('a', 'b', 'c');
CREATE DOMAIN "app ""core""".pos AS integer CHECK (VALUE > 0);
CREATE TABLE "app ""core""".thing (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, s "app ""core""".state,
    p "app ""core""".pos, serial_no serial, during tsrange, EXCLUDE USING gist (during WITH &&),
    total numeric GENERATED ALWAYS AS (p * 2) STORED, CHECK (p < 100) NOT VALID);
CREATE TABLE "app ""core""".part (id integer, k text) PARTITION BY LIST (k);
CREATE TABLE "app ""core""".part_a PARTITION OF "app ""core""".part FOR VALUES IN ('a');
CREATE TABLE "app ""core""".base (k text);
CREATE TABLE "app ""core""".child (x integer REFERENCES "app ""core""".thing (id) DEFERRABLE) INHERITS ("app ""core""".base);
CREATE VIEW "app ""core""".v AS SELECT id, s FROM "app ""core""".thing WHERE s <> 'c';
CREATE MATERIALIZED VIEW "app ""core""".mv AS SELECT s, count(*) FROM "app ""core""".thing GROUP BY s;
CREATE INDEX ON "app ""core""".mv (s);
CREATE FUNCTION "app ""core""".f(a integer DEFAULT 1) RETURNS integer LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN a; END $$;
CREATE FUNCTION "app ""core""".trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t BEFORE INSERT ON "app ""core""".thing FOR EACH ROW EXECUTE FUNCTION "app ""core""".trg();
ALTER TABLE "app ""core""".thing ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON "app ""core""".thing USING (p > 1);
COMMENT ON TABLE "app ""core""".thing IS 'thing';
