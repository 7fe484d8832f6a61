-- common
CREATE UNLOGGED TABLE cache (k text PRIMARY KEY, v jsonb);
CREATE TABLE blob (id integer PRIMARY KEY, data bytea, meta text) WITH (fillfactor = 90);
-- staging
ALTER TABLE cache SET LOGGED;
ALTER TABLE blob ALTER COLUMN data SET STORAGE EXTERNAL;
ALTER TABLE blob SET (fillfactor = 70);
CREATE UNLOGGED TABLE scratch (id integer);
