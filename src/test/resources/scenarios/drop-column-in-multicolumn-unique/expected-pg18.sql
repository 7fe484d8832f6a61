-- pgdrift migration · pair adhoc · fingerprint d5d851c4cf2b
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 1 removed, 1 altered) · 3 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · constraint public.slots.slots_uniq
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.slots (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.slots DROP CONSTRAINT slots_uniq;

-- production ahead · column public.slots.shift
-- hazard, data loss: drops column shift of public.slots (no row estimate yet, 0 B) and its data
-- hazard, ACCESS EXCLUSIVE lock: dropping the column takes an ACCESS EXCLUSIVE lock on public.slots (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.slots DROP COLUMN shift;

-- staging ahead · constraint public.slots.slots_uniq
-- hazard, ACCESS EXCLUSIVE lock: adding a constraint takes an ACCESS EXCLUSIVE lock on public.slots (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, blocks writes: builds an index on public.slots (no row estimate yet, 0 B) while holding the lock
--   safer path: CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT slots_uniq UNIQUE USING INDEX
ALTER TABLE public.slots ADD CONSTRAINT slots_uniq UNIQUE (day, room);

COMMIT;
