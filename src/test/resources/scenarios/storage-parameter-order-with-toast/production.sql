CREATE TABLE blob (id integer PRIMARY KEY, data bytea) WITH (autovacuum_enabled = false);
