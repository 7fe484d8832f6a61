-- pgdrift migration · pair adhoc · fingerprint 0df0f7ae965b
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (0 added, 0 removed, 1 altered) · 3 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · constraint public.members.members_email_key
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.members (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.members DROP CONSTRAINT members_email_key;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.members.members_email_key · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.members (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE UNIQUE INDEX CONCURRENTLY members_email_key ON public.members USING btree (org, email);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · constraint public.members.members_email_key
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.members (no row estimate yet, 0 B) for a catalog change only (no scan)
ALTER TABLE public.members ADD CONSTRAINT members_email_key UNIQUE USING INDEX members_email_key;

COMMIT;
