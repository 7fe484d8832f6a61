-- pgdrift migration · pair adhoc · fingerprint 8523403b49fe
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 20 changes (0 added, 20 removed, 0 altered) · 9 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql

BEGIN;

-- production ahead · view app.account_totals
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on app.account_totals; queries on it fail until it is recreated
DROP VIEW app.account_totals;

-- production ahead · function app.account_total(a bigint)
DROP FUNCTION app.account_total(a bigint);

-- production ahead · constraint app.orders.orders_account_id_fkey
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on app.orders, blocking reads and writes while it runs
ALTER TABLE app.orders DROP CONSTRAINT orders_account_id_fkey;

-- production ahead · table app.accounts
-- hazard, data loss: drops table app.accounts and every row in it
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on app.accounts
DROP TABLE app.accounts;

-- production ahead · function app.touch()
DROP FUNCTION app.touch();

-- production ahead · table app.orders
-- hazard, data loss: drops table app.orders and every row in it
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on app.orders
DROP TABLE app.orders;

-- production ahead · domain app.pct
DROP DOMAIN app.pct;

-- production ahead · enum app.state
DROP TYPE app.state;

-- production ahead · schema app
DROP SCHEMA app;

COMMIT;
