CREATE TABLE hot (id integer PRIMARY KEY, v text) WITH (fillfactor = 80, autovacuum_vacuum_scale_factor = 0.05);
CREATE TABLE cold (id integer) WITH (fillfactor = 50);
