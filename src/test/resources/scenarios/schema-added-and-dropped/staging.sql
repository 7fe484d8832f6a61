CREATE SCHEMA billing;
CREATE TYPE billing.currency AS ENUM ('EUR', 'USD');
CREATE TABLE billing.invoices (id integer PRIMARY KEY, cur billing.currency NOT NULL DEFAULT 'EUR');
CREATE VIEW billing.open_invoices AS SELECT id FROM billing.invoices;
