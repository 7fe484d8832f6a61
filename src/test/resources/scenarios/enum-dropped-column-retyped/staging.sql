CREATE TABLE people (id integer PRIMARY KEY, m text);
