CREATE TABLE orders (id integer PRIMARY KEY, amount numeric(12,2) NOT NULL, note varchar(20));
CREATE VIEW big_orders AS SELECT id, amount, note FROM orders WHERE amount > 100;
CREATE VIEW big_order_count AS SELECT count(*) AS n, sum(amount) AS total FROM big_orders;
