CREATE TABLE client (id integer PRIMARY KEY, email text NOT NULL UNIQUE);
