-- pgdrift migration · pair adhoc · fingerprint 900c58d081a3
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (1 added, 0 removed, 1 altered) · 3 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · index public.slot.slot_room
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.slot (no row estimate yet, 0 B)
--   safer path: DROP INDEX CONCURRENTLY (outside a transaction)
DROP INDEX public.slot_room;

-- staging ahead · constraint public.slot.slot_starts
-- hazard, ACCESS EXCLUSIVE lock: adding a constraint takes an ACCESS EXCLUSIVE lock on public.slot (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, blocks writes: builds an index on public.slot (no row estimate yet, 0 B) while holding the lock
--   safer path: CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT slot_starts UNIQUE USING INDEX
ALTER TABLE public.slot ADD CONSTRAINT slot_starts UNIQUE NULLS NOT DISTINCT (starts);

-- staging ahead · index public.slot.slot_room
-- hazard, blocks writes: builds the index while holding a SHARE lock on public.slot (no row estimate yet, 0 B), blocking writes
--   safer path: CREATE INDEX CONCURRENTLY (outside a transaction)
CREATE UNIQUE INDEX slot_room ON public.slot USING btree (room, starts) NULLS NOT DISTINCT;

COMMIT;
