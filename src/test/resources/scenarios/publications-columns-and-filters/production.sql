CREATE PUBLICATION filtered FOR TABLE orders (id, status, amount) WHERE (status <> 'draft');
CREATE PUBLICATION by_schema FOR TABLES IN SCHEMA sales;
CREATE PUBLICATION mixed FOR TABLE orders WHERE (amount > 0), TABLES IN SCHEMA stock;
