CREATE TABLE plain (id integer);
