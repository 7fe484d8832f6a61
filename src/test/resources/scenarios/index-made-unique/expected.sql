-- pgdrift migration · pair adhoc · fingerprint 5e9ab9f2c407
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 0 removed, 2 altered) · 6 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

SET statement_timeout = '0';

-- staging ahead · index public.member.member_email_pgdrift_new · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.member (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE UNIQUE INDEX CONCURRENTLY member_email_pgdrift_new ON public.member USING btree (lower(email));

-- staging ahead · index public.member.member_email · runs outside a transaction · no statement_timeout: it reads every row
DROP INDEX CONCURRENTLY public.member_email;

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · index public.member.member_email
ALTER INDEX public.member_email_pgdrift_new RENAME TO member_email;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.member.member_handle_pgdrift_new · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.member (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE INDEX CONCURRENTLY member_handle_pgdrift_new ON public.member USING hash (handle);

-- staging ahead · index public.member.member_handle · runs outside a transaction · no statement_timeout: it reads every row
DROP INDEX CONCURRENTLY public.member_handle;

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · index public.member.member_handle
ALTER INDEX public.member_handle_pgdrift_new RENAME TO member_handle;

COMMIT;
