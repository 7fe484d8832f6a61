-- pgdrift migration · pair adhoc · fingerprint 61db5544b9f3
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (0 added, 4 removed, 0 altered) · 2 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · constraint public.stores.stores_region_fk
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.stores (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.stores DROP CONSTRAINT stores_region_fk;

COMMIT;

BEGIN;

-- production ahead · table public.regions
-- hazard, data loss: drops table public.regions (no row estimate yet, 0 B) and every row in it
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.regions (no row estimate yet, 0 B)
DROP TABLE public.regions;

COMMIT;
