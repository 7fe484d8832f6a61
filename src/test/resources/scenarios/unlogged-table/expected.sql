-- pgdrift migration · pair adhoc · fingerprint bf9ed81deb6f
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (2 added, 0 removed, 2 altered) · 3 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · table public.cache_entries
-- hazard, ACCESS EXCLUSIVE lock: changing persistence takes an ACCESS EXCLUSIVE lock on public.cache_entries (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.cache_entries (no row estimate yet, 0 B) and writes it all to WAL
ALTER TABLE public.cache_entries SET LOGGED;

COMMIT;

BEGIN;

-- staging ahead · table public.sessions
-- hazard, ACCESS EXCLUSIVE lock: changing persistence takes an ACCESS EXCLUSIVE lock on public.sessions (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.sessions (no row estimate yet, 0 B)
ALTER TABLE public.sessions SET UNLOGGED;

-- staging ahead · table public.scratch
CREATE UNLOGGED TABLE public.scratch (
    id integer
);

COMMIT;
