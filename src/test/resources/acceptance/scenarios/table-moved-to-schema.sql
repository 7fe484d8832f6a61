-- common
CREATE SCHEMA archive;
CREATE TABLE old_orders (id integer PRIMARY KEY, total numeric);
-- staging
ALTER TABLE old_orders SET SCHEMA archive;
CREATE VIEW archive.totals AS SELECT sum(total) AS s FROM archive.old_orders;
