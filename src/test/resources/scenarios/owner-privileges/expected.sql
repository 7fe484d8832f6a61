-- pgdrift migration · pair adhoc · fingerprint 02ed97dbb8b1
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 7 changes (2 added, 0 removed, 5 altered) · 14 statements, 7 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · schema app
-- hazard, access control: takes privileges away on app: REVOKE CREATE ON SCHEMA app FROM postgres;
REVOKE CREATE ON SCHEMA app FROM postgres;

-- staging ahead · enum app.mood
-- hazard, access control: takes privileges away on app.mood: REVOKE USAGE ON TYPE app.mood FROM postgres;
REVOKE USAGE ON TYPE app.mood FROM postgres;

-- staging ahead · sequence app.ticket
-- hazard, access control: takes privileges away on app.ticket: REVOKE USAGE ON SEQUENCE app.ticket FROM postgres;
REVOKE USAGE ON SEQUENCE app.ticket FROM postgres;

-- staging ahead · table app.audit
CREATE TABLE app.audit (
    id integer
);

-- staging ahead · table app.audit
REVOKE DELETE ON TABLE app.audit FROM CURRENT_USER;

-- staging ahead · table app.audit
REVOKE INSERT ON TABLE app.audit FROM CURRENT_USER;

-- staging ahead · table app.audit
REVOKE REFERENCES ON TABLE app.audit FROM CURRENT_USER;

-- staging ahead · table app.audit
REVOKE TRIGGER ON TABLE app.audit FROM CURRENT_USER;

-- staging ahead · table app.audit
REVOKE TRUNCATE ON TABLE app.audit FROM CURRENT_USER;

-- staging ahead · table app.audit
REVOKE UPDATE ON TABLE app.audit FROM CURRENT_USER;

-- staging ahead · table app.orders
-- hazard, access control: gives privileges on app.orders (no row estimate yet, 0 B): GRANT TRUNCATE ON TABLE app.orders TO postgres;
GRANT TRUNCATE ON TABLE app.orders TO postgres;

-- staging ahead · table app.orders
-- hazard, access control: takes privileges away on app.orders (no row estimate yet, 0 B): REVOKE DELETE ON TABLE app.orders FROM postgres;
REVOKE DELETE ON TABLE app.orders FROM postgres;

-- staging ahead · table app.orders
-- hazard, access control: takes privileges away on app.orders (no row estimate yet, 0 B): REVOKE UPDATE ON TABLE app.orders FROM postgres;
REVOKE UPDATE ON TABLE app.orders FROM postgres;

-- staging ahead · function app.answer()
-- hazard, access control: takes privileges away on app.answer(): REVOKE EXECUTE ON FUNCTION app.answer() FROM postgres;
REVOKE EXECUTE ON FUNCTION app.answer() FROM postgres;

COMMIT;
