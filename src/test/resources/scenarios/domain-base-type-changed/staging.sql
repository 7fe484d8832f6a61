CREATE DOMAIN code AS text CHECK (VALUE <> '');
CREATE TABLE items (id integer PRIMARY KEY, c code);
