CREATE TABLE other (id integer);
