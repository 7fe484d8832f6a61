DROP VIEW payment_accounts;
ALTER TABLE account ALTER COLUMN id TYPE bigint;
ALTER TABLE payment ALTER COLUMN account_id TYPE bigint;
CREATE VIEW payment_accounts AS SELECT p.id, a.id AS account FROM payment p JOIN account a ON a.id = p.account_id;
