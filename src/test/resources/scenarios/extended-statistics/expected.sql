-- pgdrift migration · pair adhoc · fingerprint 9174cccf0b1f
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 10 changes (1 added, 7 removed, 2 altered) · 8 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · statistics public.old_pair
DROP STATISTICS public.old_pair;

-- staging ahead · statistics public.reshaped
DROP STATISTICS public.reshaped;

-- production ahead · column public.measures.d
-- hazard, data loss: drops column d of public.measures (no row estimate yet, 0 B) and its data
-- hazard, ACCESS EXCLUSIVE lock: dropping the column takes an ACCESS EXCLUSIVE lock on public.measures (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.measures DROP COLUMN d;

COMMIT;

BEGIN;

-- production ahead · table public.gone
-- hazard, data loss: drops table public.gone (no row estimate yet, 0 B) and every row in it
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.gone (no row estimate yet, 0 B)
DROP TABLE public.gone;

-- staging ahead · statistics public.tuned
ALTER STATISTICS public.tuned SET STATISTICS 500;

-- staging ahead · statistics public.Fresh
CREATE STATISTICS public."Fresh" (mcv) ON a, c FROM public.measures;

-- staging ahead · statistics public.reshaped
CREATE STATISTICS public.reshaped (dependencies, ndistinct) ON a, b FROM public.measures;

-- staging ahead · statistics public.tuned
COMMENT ON STATISTICS public.tuned IS 'new words';

COMMIT;
