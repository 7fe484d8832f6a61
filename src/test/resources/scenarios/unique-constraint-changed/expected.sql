-- pgdrift migration · pair adhoc · fingerprint 0df0f7ae965b
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (0 added, 0 removed, 1 altered) · 2 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · constraint public.members.members_email_key
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.members (≈0 rows, 0 B), blocking reads and writes while it runs
ALTER TABLE public.members DROP CONSTRAINT members_email_key;

-- staging ahead · constraint public.members.members_email_key
-- hazard, ACCESS EXCLUSIVE lock: adding a constraint takes an ACCESS EXCLUSIVE lock on public.members (≈0 rows, 0 B), blocking reads and writes while it runs
-- hazard, blocks writes: builds an index on public.members (≈0 rows, 0 B) while holding the lock
--   safer path: CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT members_email_key UNIQUE USING INDEX
ALTER TABLE public.members ADD CONSTRAINT members_email_key UNIQUE (org, email);

COMMIT;
