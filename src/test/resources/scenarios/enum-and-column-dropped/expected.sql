-- pgdrift migration · pair adhoc · fingerprint 8399530b5924
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (0 added, 4 removed, 0 altered) · 4 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · function public.cheer(x public.mood)
DROP FUNCTION public.cheer(x public.mood);

-- production ahead · column public.people.m
-- hazard, data loss: drops column m of public.people (no row estimate yet, 0 B) and its data
-- hazard, ACCESS EXCLUSIVE lock: dropping the column takes an ACCESS EXCLUSIVE lock on public.people (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.people DROP COLUMN m;

-- production ahead · column public.people.n
-- hazard, data loss: drops column n of public.people (no row estimate yet, 0 B) and its data
-- hazard, ACCESS EXCLUSIVE lock: dropping the column takes an ACCESS EXCLUSIVE lock on public.people (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.people DROP COLUMN n;

-- production ahead · enum public.mood
DROP TYPE public.mood;

COMMIT;
