CREATE TABLE blobs (id integer PRIMARY KEY, payload text, meta jsonb);
ALTER TABLE blobs ALTER COLUMN payload SET STORAGE EXTERNAL;
