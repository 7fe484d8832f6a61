CREATE TABLE blob (id integer PRIMARY KEY, data bytea) WITH (fillfactor = 70, autovacuum_enabled = false, toast_tuple_target = 256);
