CREATE TABLE rect (id integer PRIMARY KEY, w integer, h integer);
