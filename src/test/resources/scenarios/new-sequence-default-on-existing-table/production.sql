CREATE TABLE orders (id integer PRIMARY KEY, ref text);
