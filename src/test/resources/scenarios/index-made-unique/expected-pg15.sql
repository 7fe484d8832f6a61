-- pgdrift migration · pair adhoc · fingerprint 5e9ab9f2c407
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 0 removed, 2 altered) · 4 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · index public.member.member_email
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.member (no row estimate yet, 0 B)
--   safer path: DROP INDEX CONCURRENTLY (outside a transaction)
DROP INDEX public.member_email;

-- staging ahead · index public.member.member_handle
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.member (no row estimate yet, 0 B)
--   safer path: DROP INDEX CONCURRENTLY (outside a transaction)
DROP INDEX public.member_handle;

-- staging ahead · index public.member.member_email
-- hazard, blocks writes: builds the index while holding a SHARE lock on public.member (no row estimate yet, 0 B), blocking writes
--   safer path: CREATE INDEX CONCURRENTLY (outside a transaction)
CREATE UNIQUE INDEX member_email ON public.member USING btree (lower(email));

-- staging ahead · index public.member.member_handle
-- hazard, blocks writes: builds the index while holding a SHARE lock on public.member (no row estimate yet, 0 B), blocking writes
--   safer path: CREATE INDEX CONCURRENTLY (outside a transaction)
CREATE INDEX member_handle ON public.member USING hash (handle);

COMMIT;
