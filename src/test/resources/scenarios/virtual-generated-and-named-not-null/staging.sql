CREATE TABLE rect (id integer PRIMARY KEY, w integer CONSTRAINT rect_w_required NOT NULL, h integer NOT NULL, code text CONSTRAINT rect_code_required NOT NULL);
ALTER TABLE rect ADD COLUMN area integer GENERATED ALWAYS AS (w * h) VIRTUAL;
ALTER TABLE rect ADD COLUMN half integer GENERATED ALWAYS AS (w / 2) VIRTUAL;
