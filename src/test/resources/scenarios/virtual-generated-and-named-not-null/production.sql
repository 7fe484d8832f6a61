CREATE TABLE rect (id integer PRIMARY KEY, w integer NOT NULL, h integer NOT NULL);
ALTER TABLE rect ADD COLUMN area integer GENERATED ALWAYS AS (w * h) STORED;
