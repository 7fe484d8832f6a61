CREATE PUBLICATION filtered FOR TABLE orders (id, status) WHERE (status <> 'void');
CREATE PUBLICATION by_schema FOR TABLES IN SCHEMA sales, stock;
CREATE PUBLICATION mixed FOR TABLE orders, TABLES IN SCHEMA sales;
CREATE PUBLICATION fresh FOR TABLE orders (id, amount) WHERE (amount > 100), sales.invoice WITH (publish = 'insert');
