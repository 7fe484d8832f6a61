CREATE TABLE account (id integer PRIMARY KEY);
CREATE TABLE payment (id integer PRIMARY KEY, account_id integer REFERENCES account (id));
CREATE VIEW payment_accounts AS SELECT p.id, a.id AS account FROM payment p JOIN account a ON a.id = p.account_id;
INSERT INTO account VALUES (1); INSERT INTO payment VALUES (1, 1);
