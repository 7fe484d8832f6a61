CREATE TABLE price (id integer PRIMARY KEY, amount numeric CONSTRAINT price_positive CHECK (amount > 0), currency text);
INSERT INTO price VALUES (1, 5, 'EUR');
