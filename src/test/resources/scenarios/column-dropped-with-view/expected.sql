-- pgdrift migration · pair adhoc · fingerprint 0570a05de848
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 1 removed, 1 altered) · 3 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · view public.v
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.v; queries on it fail until it is recreated
DROP VIEW public.v;

COMMIT;

BEGIN;

-- production ahead · column public.t.obsolete
-- hazard, data loss: drops column obsolete of public.t (no row estimate yet, 0 B) and its data
-- hazard, ACCESS EXCLUSIVE lock: dropping the column takes an ACCESS EXCLUSIVE lock on public.t (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.t DROP COLUMN obsolete;

COMMIT;

BEGIN;

-- staging ahead · view public.v
CREATE VIEW public.v AS
SELECT id, a FROM public.t;

COMMIT;
