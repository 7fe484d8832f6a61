CREATE TABLE orders (id integer PRIMARY KEY, customer integer, placed date);
