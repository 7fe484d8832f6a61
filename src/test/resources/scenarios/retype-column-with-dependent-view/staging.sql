DROP VIEW invoice_report;
DROP VIEW invoice_big;
ALTER TABLE invoice ALTER COLUMN amount TYPE numeric(12,2);
ALTER TABLE invoice ALTER COLUMN customer TYPE varchar(200);
CREATE VIEW invoice_big AS SELECT id, amount FROM invoice WHERE amount > 1000;
CREATE VIEW invoice_report AS SELECT b.id, b.amount * 2 AS doubled FROM invoice_big b;
