CREATE CAST (money.amount AS text) WITH FUNCTION money.to_text(money.amount) AS ASSIGNMENT;
CREATE CAST (money.amount AS numeric) WITH FUNCTION money.to_numeric(money.amount) AS IMPLICIT;
COMMENT ON CAST (money.amount AS numeric) IS 'new words';
CREATE FUNCTION money.from_cents(bigint) RETURNS money.amount LANGUAGE sql IMMUTABLE
    AS $$ SELECT ROW($1 / 100.0, 'EUR')::money.amount $$;
CREATE CAST (bigint AS money.amount) WITH FUNCTION money.from_cents(bigint);
CREATE TYPE money.flag AS ENUM ('on', 'off');
CREATE CAST (money.flag AS text) WITH INOUT AS ASSIGNMENT;
