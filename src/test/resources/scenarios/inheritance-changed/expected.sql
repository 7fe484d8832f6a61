-- pgdrift migration · pair adhoc · fingerprint 87c715e3cd1e
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 6 changes (4 added, 0 removed, 2 altered) · 3 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql

BEGIN;

-- staging ahead · table public.bikes
-- hazard, ACCESS EXCLUSIVE lock: changing inheritance takes an ACCESS EXCLUSIVE lock on public.bikes, blocking reads and writes while it runs
ALTER TABLE public.bikes NO INHERIT public.vehicles;

-- staging ahead · table public.trucks
-- hazard, ACCESS EXCLUSIVE lock: changing inheritance takes an ACCESS EXCLUSIVE lock on public.trucks, blocking reads and writes while it runs
ALTER TABLE public.trucks INHERIT public.vehicles;

-- staging ahead · table public.boats
CREATE TABLE public.boats (
    id integer NOT NULL,
    wheels integer,
    sails integer
) INHERITS (public.vehicles);

COMMIT;
