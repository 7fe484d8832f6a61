CREATE TABLE products (id integer PRIMARY KEY, price numeric CONSTRAINT price_positive CHECK (price > 0), stock integer);
