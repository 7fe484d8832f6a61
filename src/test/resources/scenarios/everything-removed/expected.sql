-- pgdrift migration · pair adhoc · fingerprint ed5a35f9883f
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 20 changes (0 added, 20 removed, 0 altered) · 9 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · view app.account_totals
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on app.account_totals; queries on it fail until it is recreated
DROP VIEW app.account_totals;

-- production ahead · function app.account_total(a bigint)
DROP FUNCTION app.account_total(a bigint);

COMMIT;

BEGIN;

-- production ahead · constraint app.orders.orders_account_id_fkey
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on app.orders (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE app.orders DROP CONSTRAINT orders_account_id_fkey;

COMMIT;

BEGIN;

-- production ahead · table app.accounts
-- hazard, data loss: drops table app.accounts (no row estimate yet, 0 B) and every row in it
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on app.accounts (no row estimate yet, 0 B)
DROP TABLE app.accounts;

-- production ahead · function app.touch()
DROP FUNCTION app.touch();

COMMIT;

BEGIN;

-- production ahead · table app.orders
-- hazard, data loss: drops table app.orders (no row estimate yet, 0 B) and every row in it
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on app.orders (no row estimate yet, 0 B)
DROP TABLE app.orders;

-- production ahead · domain app.pct
DROP DOMAIN app.pct;

-- production ahead · enum app.state
DROP TYPE app.state;

-- production ahead · schema app
DROP SCHEMA app;

COMMIT;
