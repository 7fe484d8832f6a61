-- common
CREATE TABLE reading (id integer PRIMARY KEY, value text, flag integer, at text);
INSERT INTO reading VALUES (1, '42', 1, '2024-01-01'), (2, '7', 0, '2024-02-01');
CREATE INDEX reading_value ON reading (value);
-- staging
ALTER TABLE reading ALTER COLUMN value TYPE integer USING value::integer;
ALTER TABLE reading ALTER COLUMN flag TYPE boolean USING flag <> 0;
ALTER TABLE reading ALTER COLUMN at TYPE date USING at::date;
ALTER TABLE reading ALTER COLUMN id TYPE bigint;
