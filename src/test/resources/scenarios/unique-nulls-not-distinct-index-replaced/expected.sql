-- pgdrift migration · pair adhoc · fingerprint 321a90646623
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (1 added, 0 removed, 1 altered) · 5 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

SET statement_timeout = '0';

-- staging ahead · index public.slot.slot_room_pgdrift_new · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.slot (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE UNIQUE INDEX CONCURRENTLY slot_room_pgdrift_new ON public.slot USING btree (room, starts) NULLS NOT DISTINCT;

-- staging ahead · index public.slot.slot_room · runs outside a transaction · no statement_timeout: it reads every row
DROP INDEX CONCURRENTLY public.slot_room;

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · index public.slot.slot_room
ALTER INDEX public.slot_room_pgdrift_new RENAME TO slot_room;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.slot.slot_starts · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.slot (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE UNIQUE INDEX CONCURRENTLY slot_starts ON public.slot USING btree (starts) NULLS NOT DISTINCT;

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · constraint public.slot.slot_starts
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.slot (no row estimate yet, 0 B) for a catalog change only (no scan)
ALTER TABLE public.slot ADD CONSTRAINT slot_starts UNIQUE USING INDEX slot_starts;

COMMIT;
