-- pgdrift migration · pair adhoc · fingerprint feb7f4c9389c
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 5 changes (2 added, 0 removed, 3 altered) · 4 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · table public.blob
ALTER TABLE public.blob SET (fillfactor=70);

COMMIT;

BEGIN;

-- staging ahead · table public.cache
-- hazard, ACCESS EXCLUSIVE lock: changing persistence takes an ACCESS EXCLUSIVE lock on public.cache (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.cache (no row estimate yet, 0 B) and writes it all to WAL
ALTER TABLE public.cache SET LOGGED;

COMMIT;

BEGIN;

-- staging ahead · column public.blob.data
-- hazard, ACCESS EXCLUSIVE lock: changing storage takes an ACCESS EXCLUSIVE lock on public.blob (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.blob ALTER COLUMN data SET STORAGE EXTERNAL;

-- staging ahead · table public.scratch
CREATE UNLOGGED TABLE public.scratch (
    id integer
);

COMMIT;
