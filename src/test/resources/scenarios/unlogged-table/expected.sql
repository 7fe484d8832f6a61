-- pgdrift migration · pair adhoc · fingerprint 6e3327b13820
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (2 added, 0 removed, 2 altered) · 3 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql

BEGIN;

-- staging ahead · table public.cache_entries
-- hazard, ACCESS EXCLUSIVE lock: changing persistence takes an ACCESS EXCLUSIVE lock on public.cache_entries, blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.cache_entries and writes it all to WAL
ALTER TABLE public.cache_entries SET LOGGED;

-- staging ahead · table public.sessions
-- hazard, ACCESS EXCLUSIVE lock: changing persistence takes an ACCESS EXCLUSIVE lock on public.sessions, blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.sessions
ALTER TABLE public.sessions SET UNLOGGED;

-- staging ahead · table public.scratch
CREATE UNLOGGED TABLE public.scratch (
    id integer
);

COMMIT;
