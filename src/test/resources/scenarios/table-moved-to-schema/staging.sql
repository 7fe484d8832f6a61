ALTER TABLE old_orders SET SCHEMA archive;
CREATE VIEW archive.totals AS SELECT sum(total) AS s FROM archive.old_orders;
