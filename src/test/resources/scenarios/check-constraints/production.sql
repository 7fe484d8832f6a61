CREATE TABLE products (id integer PRIMARY KEY, price numeric, stock integer, CONSTRAINT old_check CHECK (stock > -100));
