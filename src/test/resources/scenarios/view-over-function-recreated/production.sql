CREATE FUNCTION tax_rate() RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT 0.2 $$;
CREATE TABLE prices (id integer PRIMARY KEY, net numeric);
CREATE VIEW gross_prices AS SELECT id, net * (1 + tax_rate()) AS gross FROM prices;
