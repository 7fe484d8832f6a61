CREATE TYPE order_state AS ENUM ('new', 'legacy', 'paid');
ALTER TABLE orders ADD COLUMN state order_state DEFAULT 'new';
CREATE VIEW paid_orders AS SELECT id FROM orders WHERE state = 'paid';
