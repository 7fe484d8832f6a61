CREATE TABLE clients (id integer PRIMARY KEY, email text NOT NULL UNIQUE);
