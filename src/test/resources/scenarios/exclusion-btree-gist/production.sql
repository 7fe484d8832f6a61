CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE reservations (id integer PRIMARY KEY, room integer NOT NULL, during daterange NOT NULL);
