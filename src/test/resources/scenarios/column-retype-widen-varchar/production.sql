CREATE TABLE products (id integer PRIMARY KEY, sku varchar(20) NOT NULL, title varchar(100));
