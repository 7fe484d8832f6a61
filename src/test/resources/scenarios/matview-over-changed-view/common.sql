CREATE TABLE visit (id integer PRIMARY KEY, page text, at date);
