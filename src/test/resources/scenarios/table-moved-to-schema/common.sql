CREATE SCHEMA archive;
CREATE TABLE old_orders (id integer PRIMARY KEY, total numeric);
