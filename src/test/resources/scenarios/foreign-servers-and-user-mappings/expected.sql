-- pgdrift migration · pair adhoc · fingerprint bb62a04d7670
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 8 changes (2 added, 3 removed, 3 altered) · 15 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · user mapping fdw_user on gone
DROP USER MAPPING FOR fdw_user SERVER gone;

-- staging ahead · user mapping fdw_user on moved
DROP USER MAPPING FOR fdw_user SERVER moved;

-- production ahead · user mapping PUBLIC on tuned
DROP USER MAPPING FOR PUBLIC SERVER tuned;

-- production ahead · foreign server gone
DROP SERVER gone;

-- staging ahead · foreign server moved
DROP SERVER moved;

-- staging ahead · foreign server tuned
ALTER SERVER tuned VERSION '2.0';

-- staging ahead · foreign server tuned
ALTER SERVER tuned OPTIONS (SET port '5433', ADD dbname 'app');

-- staging ahead · user mapping fdw_user on tuned
ALTER USER MAPPING FOR fdw_user SERVER tuned OPTIONS (DROP fetch_size, SET "user" 'analyst');

-- staging ahead · foreign server New server
CREATE SERVER "New server" FOREIGN DATA WRAPPER plain_fdw OPTIONS (host 'new.invalid');

-- staging ahead · foreign server New server
GRANT USAGE ON FOREIGN SERVER "New server" TO fdw_user;

-- staging ahead · foreign server moved
CREATE SERVER moved TYPE 'oracle' FOREIGN DATA WRAPPER other_fdw;

-- staging ahead · foreign server moved
COMMENT ON SERVER moved IS 'new words';

-- staging ahead · foreign server tuned
-- hazard, access control: takes privileges away on tuned: REVOKE USAGE ON FOREIGN SERVER tuned FROM fdw_user;
REVOKE USAGE ON FOREIGN SERVER tuned FROM fdw_user;

-- staging ahead · user mapping PUBLIC on New server
CREATE USER MAPPING FOR PUBLIC SERVER "New server" OPTIONS ("user" 'guest');

-- staging ahead · user mapping fdw_user on moved
CREATE USER MAPPING FOR fdw_user SERVER moved OPTIONS ("user" 'kept');

COMMIT;
