CREATE TABLE doc (id integer PRIMARY KEY, body text, words integer);
