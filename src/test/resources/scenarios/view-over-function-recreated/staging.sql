CREATE FUNCTION tax_rate() RETURNS double precision LANGUAGE sql IMMUTABLE AS $$ SELECT 0.2::double precision $$;
CREATE TABLE prices (id integer PRIMARY KEY, net numeric);
CREATE VIEW gross_prices AS SELECT id, net * (1 + tax_rate()::numeric) AS gross FROM prices;
