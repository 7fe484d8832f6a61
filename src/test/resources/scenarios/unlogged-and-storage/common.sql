CREATE UNLOGGED TABLE cache (k text PRIMARY KEY, v jsonb);
CREATE TABLE blob (id integer PRIMARY KEY, data bytea, meta text) WITH (fillfactor = 90);
