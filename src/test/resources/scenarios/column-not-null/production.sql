CREATE TABLE people (id integer PRIMARY KEY, name text, nickname text NOT NULL);
