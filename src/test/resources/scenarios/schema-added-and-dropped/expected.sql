-- pgdrift migration · pair adhoc · fingerprint 2e7082c11271
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 13 changes (7 added, 6 removed, 0 altered) · 8 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · schema billing
CREATE SCHEMA billing;

-- production ahead · function legacy.fn()
DROP FUNCTION legacy.fn();

-- production ahead · view legacy.old_view
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on legacy.old_view; queries on it fail until it is recreated
DROP VIEW legacy.old_view;

COMMIT;

BEGIN;

-- production ahead · table legacy.old_data
-- hazard, data loss: drops table legacy.old_data (no row estimate yet, 0 B) and every row in it
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on legacy.old_data (no row estimate yet, 0 B)
DROP TABLE legacy.old_data;

-- production ahead · schema legacy
DROP SCHEMA legacy;

-- staging ahead · enum billing.currency
CREATE TYPE billing.currency AS ENUM ('EUR', 'USD');

-- staging ahead · table billing.invoices
CREATE TABLE billing.invoices (
    id integer NOT NULL,
    cur billing.currency DEFAULT 'EUR'::billing.currency NOT NULL,
    CONSTRAINT invoices_pkey PRIMARY KEY (id)
);

-- staging ahead · view billing.open_invoices
CREATE VIEW billing.open_invoices AS
SELECT id FROM billing.invoices;

COMMIT;
