CREATE TABLE invoice (id integer PRIMARY KEY, amount integer NOT NULL, customer text);
CREATE VIEW invoice_big AS SELECT id, amount FROM invoice WHERE amount > 1000;
CREATE VIEW invoice_report AS SELECT b.id, b.amount * 2 AS doubled FROM invoice_big b;
INSERT INTO invoice VALUES (1, 5, 'x'), (2, 5000, 'y');
