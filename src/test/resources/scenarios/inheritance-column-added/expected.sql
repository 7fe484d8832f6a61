-- pgdrift migration · pair adhoc · fingerprint f0503db7b7e9
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (2 added, 1 removed, 1 altered) · 5 statements, 5 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · table public.bike
-- hazard, data loss: drops table public.bike (no row estimate yet, 0 B) and every row in it
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.bike (no row estimate yet, 0 B)
DROP TABLE public.bike;

COMMIT;

BEGIN;

-- staging ahead · table public.truck
-- hazard, ACCESS EXCLUSIVE lock: changing inheritance takes an ACCESS EXCLUSIVE lock on public.truck (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.truck INHERIT public.vehicle;

COMMIT;

BEGIN;

-- staging ahead · column public.vehicle.color
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.vehicle (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.vehicle ADD COLUMN color text DEFAULT 'black'::text;

-- staging ahead · constraint public.vehicle.wheels_positive
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.vehicle (no row estimate yet, 0 B) for a catalog change only (no scan)
ALTER TABLE public.vehicle ADD CONSTRAINT wheels_positive CHECK ((wheels > 0)) NOT VALID;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · constraint public.vehicle.wheels_positive · runs in a transaction of its own · no statement_timeout: it reads every row
-- hazard, full-table validation scan: checks every row of public.vehicle (no row estimate yet, 0 B) (under a SHARE UPDATE EXCLUSIVE lock: reads and writes continue)
ALTER TABLE public.vehicle VALIDATE CONSTRAINT wheels_positive;

