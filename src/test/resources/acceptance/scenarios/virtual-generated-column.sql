-- requires: 18
-- common
CREATE TABLE rect (id integer PRIMARY KEY, w integer, h integer);
-- production
ALTER TABLE rect ADD COLUMN area integer GENERATED ALWAYS AS (w * h) VIRTUAL;
-- staging
ALTER TABLE rect ADD COLUMN area integer GENERATED ALWAYS AS (w * h + 0) VIRTUAL;
ALTER TABLE rect ADD COLUMN half integer GENERATED ALWAYS AS (w / 2);
