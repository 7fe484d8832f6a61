-- common
CREATE TABLE box (id integer PRIMARY KEY, w numeric, h numeric);
INSERT INTO box VALUES (1, 2, 3);
-- production
ALTER TABLE box ADD COLUMN area numeric GENERATED ALWAYS AS (w * h) STORED;
-- staging
ALTER TABLE box ADD COLUMN area numeric GENERATED ALWAYS AS (w * h / 2) STORED;
ALTER TABLE box ADD COLUMN perimeter numeric GENERATED ALWAYS AS (2 * (w + h)) STORED;
