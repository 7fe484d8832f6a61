CREATE INDEX CONCURRENTLY orders_customer_hotfix ON orders (customer);
ALTER TABLE orders ADD COLUMN hotfix_note text;
CREATE TABLE orders_backup_20240101 AS SELECT * FROM orders;
CREATE FUNCTION fix_orders() RETURNS void LANGUAGE sql AS 'SELECT 1';
