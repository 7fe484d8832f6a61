CREATE TABLE blob (id integer PRIMARY KEY, data bytea, code text CONSTRAINT blob_code UNIQUE);
ALTER TABLE blob SET (toast.autovacuum_enabled = false, toast.vacuum_truncate = false);
ALTER INDEX blob_pkey SET (fillfactor = 70);
COMMENT ON INDEX blob_pkey IS 'the key';
COMMENT ON INDEX blob_code IS 'codes are unique';
CREATE TABLE other (id integer CONSTRAINT other_pk PRIMARY KEY WITH (fillfactor = 60), v text) WITH (toast.autovacuum_enabled = false);
COMMENT ON INDEX other_pk IS 'other key';
