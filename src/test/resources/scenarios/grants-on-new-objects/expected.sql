-- pgdrift migration · pair adhoc · fingerprint df29d3b1a796
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 6 changes (6 added, 0 removed, 0 altered) · 13 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function app_data.secret()
SET check_function_bodies = false;

-- staging ahead · schema app_data
CREATE SCHEMA app_data;

-- staging ahead · schema app_data
GRANT USAGE ON SCHEMA app_data TO pgdrift_app;

-- staging ahead · sequence app_data.ids
CREATE SEQUENCE app_data.ids AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

-- staging ahead · sequence app_data.ids
GRANT SELECT ON SEQUENCE app_data.ids TO pgdrift_app;

-- staging ahead · sequence app_data.ids
GRANT USAGE ON SEQUENCE app_data.ids TO pgdrift_app;

-- staging ahead · table app_data.items
CREATE TABLE app_data.items (
    id integer NOT NULL,
    CONSTRAINT items_pkey PRIMARY KEY (id)
);

-- staging ahead · table app_data.items
GRANT DELETE ON TABLE app_data.items TO pgdrift_app;

-- staging ahead · table app_data.items
GRANT INSERT ON TABLE app_data.items TO pgdrift_app;

-- staging ahead · table app_data.items
GRANT SELECT ON TABLE app_data.items TO pgdrift_app;

-- staging ahead · table app_data.items
GRANT UPDATE ON TABLE app_data.items TO pgdrift_app;

-- staging ahead · function app_data.secret()
CREATE OR REPLACE FUNCTION app_data.secret()
 RETURNS integer
 LANGUAGE sql
AS $function$ SELECT 1 $function$;

-- staging ahead · function app_data.secret()
REVOKE EXECUTE ON FUNCTION app_data.secret() FROM PUBLIC;

COMMIT;
