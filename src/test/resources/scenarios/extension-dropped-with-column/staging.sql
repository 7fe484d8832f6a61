CREATE TABLE props (id integer PRIMARY KEY);
