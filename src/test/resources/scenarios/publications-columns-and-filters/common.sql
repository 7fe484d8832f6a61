CREATE SCHEMA sales;
CREATE SCHEMA stock;
CREATE TABLE orders (id integer PRIMARY KEY, status text, secret text, amount numeric);
CREATE TABLE sales.invoice (id integer PRIMARY KEY);
CREATE TABLE stock.item (id integer PRIMARY KEY);
