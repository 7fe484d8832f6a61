ALTER TABLE blob SET (fillfactor = 70, autovacuum_enabled = false);
