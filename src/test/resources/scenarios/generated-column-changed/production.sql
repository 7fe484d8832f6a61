CREATE TABLE lines (id integer PRIMARY KEY, qty integer NOT NULL, unit_price numeric(10,2) NOT NULL,
  total numeric GENERATED ALWAYS AS (qty * unit_price) STORED, label text GENERATED ALWAYS AS ('line ' || id) STORED);
