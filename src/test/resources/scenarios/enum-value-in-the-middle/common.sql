CREATE TYPE order_state AS ENUM ('new', 'paid', 'shipped', 'delivered');
CREATE TABLE orders (id integer PRIMARY KEY, state order_state NOT NULL DEFAULT 'new');
INSERT INTO orders VALUES (1, 'paid');
