-- pgdrift migration · pair adhoc · fingerprint 9c060bd30c1c
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 5 changes (1 added, 1 removed, 3 altered) · 8 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · foreign-data wrapper gone_fdw
DROP FOREIGN DATA WRAPPER gone_fdw;

-- staging ahead · foreign-data wrapper handled_fdw
ALTER FOREIGN DATA WRAPPER handled_fdw HANDLER public.remote_handler;

-- staging ahead · foreign-data wrapper handled_fdw
ALTER FOREIGN DATA WRAPPER handled_fdw VALIDATOR pg_catalog.postgresql_fdw_validator;

-- staging ahead · foreign-data wrapper tuned_fdw
ALTER FOREIGN DATA WRAPPER tuned_fdw OPTIONS (DROP old, SET mode 'fast', ADD added 'yes');

-- staging ahead · foreign-data wrapper Granted fdw
-- hazard, access control: takes privileges away on Granted fdw: REVOKE USAGE ON FOREIGN DATA WRAPPER "Granted fdw" FROM fdw_user;
REVOKE USAGE ON FOREIGN DATA WRAPPER "Granted fdw" FROM fdw_user;

-- staging ahead · foreign-data wrapper Granted fdw
COMMENT ON FOREIGN DATA WRAPPER "Granted fdw" IS 'new words';

-- staging ahead · foreign-data wrapper new_fdw
CREATE FOREIGN DATA WRAPPER new_fdw HANDLER public.remote_handler OPTIONS (flavour 'plain');

-- staging ahead · foreign-data wrapper new_fdw
GRANT USAGE ON FOREIGN DATA WRAPPER new_fdw TO fdw_user WITH GRANT OPTION;

COMMIT;
