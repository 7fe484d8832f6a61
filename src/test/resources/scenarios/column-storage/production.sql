CREATE TABLE blobs (id integer PRIMARY KEY, payload text, meta jsonb);
