CREATE EXTENSION IF NOT EXISTS hstore;
CREATE TABLE props (id integer PRIMARY KEY, attrs hstore);
