CREATE TABLE blob (id integer PRIMARY KEY, data bytea, code text CONSTRAINT blob_code UNIQUE);
