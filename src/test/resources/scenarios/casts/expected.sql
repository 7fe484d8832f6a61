-- pgdrift migration · pair adhoc · fingerprint eec792d7f814
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 7 changes (4 added, 1 removed, 2 altered) · 9 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function money.from_cents(bigint)
SET check_function_bodies = false;

-- staging ahead · cast money.amount AS text
DROP CAST (money.amount AS text);

-- production ahead · cast money.ledger AS text
DROP CAST (money.ledger AS text);

-- staging ahead · enum money.flag
CREATE TYPE money.flag AS ENUM ('on', 'off');

-- staging ahead · function money.from_cents(bigint)
CREATE OR REPLACE FUNCTION money.from_cents(bigint)
 RETURNS money.amount
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT ROW($1 / 100.0, 'EUR')::money.amount $function$;

-- staging ahead · cast bigint AS money.amount
CREATE CAST (bigint AS money.amount) WITH FUNCTION money.from_cents(bigint);

-- staging ahead · cast money.amount AS numeric
COMMENT ON CAST (money.amount AS numeric) IS 'new words';

-- staging ahead · cast money.amount AS text
CREATE CAST (money.amount AS text) WITH FUNCTION money.to_text(money.amount) AS ASSIGNMENT;

-- staging ahead · cast money.flag AS text
CREATE CAST (money.flag AS text) WITH INOUT AS ASSIGNMENT;

COMMIT;
