-- pgdrift migration · pair adhoc · fingerprint 6e99154e882e
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 6 changes (4 added, 0 removed, 2 altered) · 3 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · table public.bikes
-- hazard, ACCESS EXCLUSIVE lock: changing inheritance takes an ACCESS EXCLUSIVE lock on public.bikes (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.bikes NO INHERIT public.vehicles;

COMMIT;

BEGIN;

-- staging ahead · table public.trucks
-- hazard, ACCESS EXCLUSIVE lock: changing inheritance takes an ACCESS EXCLUSIVE lock on public.trucks (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.trucks INHERIT public.vehicles;

-- staging ahead · table public.boats
CREATE TABLE public.boats (
    id integer NOT NULL,
    wheels integer,
    sails integer
) INHERITS (public.vehicles);

COMMIT;
