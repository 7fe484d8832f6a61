ALTER TABLE reading ALTER COLUMN value TYPE integer USING value::integer;
ALTER TABLE reading ALTER COLUMN flag TYPE boolean USING flag <> 0;
ALTER TABLE reading ALTER COLUMN at TYPE date USING at::date;
ALTER TABLE reading ALTER COLUMN id TYPE bigint;
