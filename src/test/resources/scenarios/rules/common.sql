CREATE TABLE orders (id integer PRIMARY KEY, status text NOT NULL DEFAULT 'new');
CREATE TABLE orders_log (id integer, status text);
CREATE VIEW open_orders AS SELECT id, status FROM orders WHERE status <> 'done';
