CREATE PUBLICATION gone FOR TABLE orders;
CREATE PUBLICATION everything FOR ALL TABLES WITH (publish = 'insert');
CREATE PUBLICATION listed FOR TABLE orders, customers;
CREATE PUBLICATION "Became all" FOR TABLE customers;
CREATE PUBLICATION partitions FOR TABLE events;
COMMENT ON PUBLICATION listed IS 'old words';
CREATE TABLE retired (id integer PRIMARY KEY);
CREATE PUBLICATION loses_table FOR TABLE retired, orders;
