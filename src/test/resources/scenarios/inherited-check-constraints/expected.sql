-- pgdrift migration · pair adhoc · fingerprint 7b9c64f614b7
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (3 added, 0 removed, 1 altered) · 5 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · constraint public.base.amount_positive
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.base (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.base DROP CONSTRAINT amount_positive;

-- staging ahead · table public.child2
CREATE TABLE public.child2 (
    flag boolean
) INHERITS (public.base);

COMMIT;

BEGIN;

-- staging ahead · column public.child.extra
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.child (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.child ADD COLUMN extra integer;

COMMIT;

BEGIN;

-- staging ahead · constraint public.base.amount_positive
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.base (no row estimate yet, 0 B) for a catalog change only (no scan)
ALTER TABLE public.base ADD CONSTRAINT amount_positive CHECK ((amount >= (0)::numeric)) NOT VALID;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · constraint public.base.amount_positive · runs in a transaction of its own · no statement_timeout: it reads every row
-- hazard, full-table validation scan: checks every row of public.base (no row estimate yet, 0 B) (under a SHARE UPDATE EXCLUSIVE lock: reads and writes continue)
ALTER TABLE public.base VALIDATE CONSTRAINT amount_positive;

