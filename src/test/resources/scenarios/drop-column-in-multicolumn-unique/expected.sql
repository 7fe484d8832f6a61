-- pgdrift migration · pair adhoc · fingerprint 19fef1d8e72d
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 1 removed, 1 altered) · 4 statements, 4 with hazards
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

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.slots.slots_uniq · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.slots (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE UNIQUE INDEX CONCURRENTLY slots_uniq ON public.slots USING btree (day, room);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · constraint public.slots.slots_uniq
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.slots (no row estimate yet, 0 B) for a catalog change only (no scan)
ALTER TABLE public.slots ADD CONSTRAINT slots_uniq UNIQUE USING INDEX slots_uniq;

COMMIT;
