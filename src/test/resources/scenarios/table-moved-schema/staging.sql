CREATE SCHEMA archive;
CREATE TABLE archive.events (id integer PRIMARY KEY, at timestamptz);
