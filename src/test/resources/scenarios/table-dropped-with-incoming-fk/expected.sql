-- pgdrift migration · pair adhoc · fingerprint 564524f5b2db
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (0 added, 4 removed, 0 altered) · 2 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql

BEGIN;

-- production ahead · constraint public.stores.stores_region_fk
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.stores, blocking reads and writes while it runs
ALTER TABLE public.stores DROP CONSTRAINT stores_region_fk;

-- production ahead · table public.regions
-- hazard, data loss: drops table public.regions and every row in it
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.regions
DROP TABLE public.regions;

COMMIT;
