-- bug: storage parameters are written in sorted order, not staging's, so pg_dump shows WITH (...) differently (model sorts reloptions)
-- common
CREATE TABLE blob (id integer PRIMARY KEY, data bytea);
-- staging
ALTER TABLE blob SET (fillfactor = 70, autovacuum_enabled = false);
