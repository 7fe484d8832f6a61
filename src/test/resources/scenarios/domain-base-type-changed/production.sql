CREATE DOMAIN code AS varchar(10);
CREATE TABLE items (id integer PRIMARY KEY, c code);
INSERT INTO items VALUES (1, 'abc');
