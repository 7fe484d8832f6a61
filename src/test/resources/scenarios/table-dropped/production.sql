CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE legacy_notes (id integer PRIMARY KEY, customer_id integer REFERENCES customers(id), body text);
