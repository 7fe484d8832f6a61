CREATE TABLE address (id serial PRIMARY KEY, customer_id integer NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    street text, city text, zip text);
CREATE INDEX address_customer ON address (customer_id);
ALTER TABLE customer DROP COLUMN street, DROP COLUMN city, DROP COLUMN zip;
