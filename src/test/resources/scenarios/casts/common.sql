CREATE SCHEMA money;
CREATE TYPE money.amount AS (value numeric(12, 2), currency char(3));
CREATE DOMAIN money.cents AS bigint;
CREATE TABLE money.ledger (id integer, amount money.amount);
CREATE FUNCTION money.to_text(money.amount) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT ($1).value::text || ' ' || ($1).currency $$;
CREATE FUNCTION money.to_numeric(money.amount) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT ($1).value $$;
