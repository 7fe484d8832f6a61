CREATE TABLE category (id integer PRIMARY KEY);
