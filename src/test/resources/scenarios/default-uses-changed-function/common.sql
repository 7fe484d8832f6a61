CREATE TABLE token (id integer PRIMARY KEY);
