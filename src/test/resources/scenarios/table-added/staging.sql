CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE invoices (id bigint PRIMARY KEY, customer_id integer NOT NULL REFERENCES customers(id),
  amount numeric(12,2) NOT NULL DEFAULT 0 CHECK (amount >= 0), issued_on date NOT NULL DEFAULT CURRENT_DATE);
CREATE INDEX invoices_customer_idx ON invoices (customer_id);
