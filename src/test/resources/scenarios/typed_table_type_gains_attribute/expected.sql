-- pgdrift migration · pair adhoc · fingerprint 4cb43ca8376c
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (2 added, 0 removed, 1 altered) · 9 statements, 5 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · composite type public.pair
-- hazard, ACCESS EXCLUSIVE lock: adding a column to a typed table takes an ACCESS EXCLUSIVE lock on public.other_pairs, blocking reads and writes while it runs
-- hazard, ACCESS EXCLUSIVE lock: adding a column to a typed table takes an ACCESS EXCLUSIVE lock on public.pairs, blocking reads and writes while it runs
ALTER TYPE public.pair ADD ATTRIBUTE seen date CASCADE;

-- staging ahead · column public.other_pairs.seen
-- public.other_pairs.seen is added by ALTER TYPE public.pair ... CASCADE above

COMMIT;

BEGIN;

-- staging ahead · column public.pairs.seen
-- public.pairs.seen is added by ALTER TYPE public.pair ... CASCADE above

-- staging ahead · column public.pairs.seen
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.pairs (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.pairs ALTER COLUMN seen SET DEFAULT '2000-01-01'::date;

-- staging ahead · column public.pairs.seen
-- hazard, ACCESS EXCLUSIVE lock: adding a NOT VALID check (no scan) takes an ACCESS EXCLUSIVE lock on public.pairs (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.pairs ADD CONSTRAINT pairs_seen_pgdrift_not_null CHECK (seen IS NOT NULL) NOT VALID;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · column public.pairs.seen · runs in a transaction of its own · no statement_timeout: it reads every row
-- hazard, full-table validation scan: checks every row of public.pairs (no row estimate yet, 0 B) (under a SHARE UPDATE EXCLUSIVE lock: reads and writes continue)
ALTER TABLE public.pairs VALIDATE CONSTRAINT pairs_seen_pgdrift_not_null;

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · column public.pairs.seen
-- hazard, ACCESS EXCLUSIVE lock: SET NOT NULL (no scan: the validated check proves it) takes an ACCESS EXCLUSIVE lock on public.pairs (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.pairs ALTER COLUMN seen SET NOT NULL;

-- staging ahead · column public.pairs.seen
ALTER TABLE public.pairs DROP CONSTRAINT pairs_seen_pgdrift_not_null;

-- staging ahead · column public.pairs.seen
COMMENT ON COLUMN public.pairs.seen IS 'first seen';

COMMIT;
