CREATE TABLE wallet (id integer PRIMARY KEY, cents integer);
