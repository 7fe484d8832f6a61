ALTER TABLE wallet ALTER COLUMN cents TYPE bigint;
CREATE FUNCTION wallet_total() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT sum(cents) FROM wallet WHERE cents > 0; END;
CREATE FUNCTION wallet_count() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT count(*) FROM wallet);
