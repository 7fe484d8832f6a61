-- pgdrift migration · pair adhoc · fingerprint 8d6eece85f06
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (1 added, 1 removed, 2 altered) · 9 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · function code.answer()
SET check_function_bodies = false;

-- production ahead · function code.answer()
DROP FUNCTION code.answer();

-- production ahead · procedural language old_pl
DROP LANGUAGE old_pl;

-- staging ahead · procedural language shared_pl
CREATE OR REPLACE TRUSTED LANGUAGE shared_pl HANDLER plpgsql_call_handler INLINE plpgsql_inline_handler VALIDATOR plpgsql_validator;

-- staging ahead · procedural language new_pl
CREATE TRUSTED LANGUAGE new_pl HANDLER plpgsql_call_handler VALIDATOR plpgsql_validator;

-- production ahead · function code.answer()
CREATE OR REPLACE FUNCTION code.answer()
 RETURNS integer
 LANGUAGE new_pl
AS $function$ BEGIN RETURN 42; END $function$;

-- staging ahead · procedural language shared_pl
-- hazard, access control: takes privileges away on shared_pl: REVOKE USAGE ON LANGUAGE shared_pl FROM PUBLIC;
REVOKE USAGE ON LANGUAGE shared_pl FROM PUBLIC;

-- staging ahead · procedural language shared_pl
-- hazard, access control: gives privileges on shared_pl: GRANT USAGE ON LANGUAGE shared_pl TO pl_user;
GRANT USAGE ON LANGUAGE shared_pl TO pl_user;

-- staging ahead · procedural language shared_pl
COMMENT ON LANGUAGE shared_pl IS 'new words';

COMMIT;
