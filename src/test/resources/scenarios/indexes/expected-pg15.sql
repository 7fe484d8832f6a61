-- pgdrift migration · pair adhoc · fingerprint 61e702826a97
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 5 changes (3 added, 1 removed, 1 altered) · 6 statements, 6 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · index public.docs.docs_changed_idx
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.docs (no row estimate yet, 0 B)
--   safer path: DROP INDEX CONCURRENTLY (outside a transaction)
DROP INDEX public.docs_changed_idx;

-- production ahead · index public.docs.docs_old_idx
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.docs (no row estimate yet, 0 B)
--   safer path: DROP INDEX CONCURRENTLY (outside a transaction)
DROP INDEX public.docs_old_idx;

-- staging ahead · index public.docs.docs_body_hash_idx
-- hazard, blocks writes: builds the index while holding a SHARE lock on public.docs (no row estimate yet, 0 B), blocking writes
--   safer path: CREATE INDEX CONCURRENTLY (outside a transaction)
CREATE INDEX docs_body_hash_idx ON public.docs USING hash (body);

-- staging ahead · index public.docs.docs_changed_idx
-- hazard, blocks writes: builds the index while holding a SHARE lock on public.docs (no row estimate yet, 0 B), blocking writes
--   safer path: CREATE INDEX CONCURRENTLY (outside a transaction)
CREATE INDEX docs_changed_idx ON public.docs USING btree (owner) INCLUDE (title) WHERE (deleted_at IS NULL);

-- staging ahead · index public.docs.docs_lower_title_idx
-- hazard, blocks writes: builds the index while holding a SHARE lock on public.docs (no row estimate yet, 0 B), blocking writes
--   safer path: CREATE INDEX CONCURRENTLY (outside a transaction)
CREATE UNIQUE INDEX docs_lower_title_idx ON public.docs USING btree (lower(title)) WHERE (deleted_at IS NULL);

-- staging ahead · index public.docs.docs_owner_desc_idx
-- hazard, blocks writes: builds the index while holding a SHARE lock on public.docs (no row estimate yet, 0 B), blocking writes
--   safer path: CREATE INDEX CONCURRENTLY (outside a transaction)
CREATE INDEX docs_owner_desc_idx ON public.docs USING btree (owner DESC NULLS LAST);

COMMIT;
