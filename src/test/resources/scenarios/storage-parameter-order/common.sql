CREATE TABLE blob (id integer PRIMARY KEY, data bytea);
