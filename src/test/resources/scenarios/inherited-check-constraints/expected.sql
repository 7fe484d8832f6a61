-- pgdrift migration · pair adhoc · fingerprint ad13b160a9be
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (3 added, 0 removed, 1 altered) · 4 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql

BEGIN;

-- staging ahead · constraint public.base.amount_positive
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.base, blocking reads and writes while it runs
ALTER TABLE public.base DROP CONSTRAINT amount_positive;

-- staging ahead · table public.child2
CREATE TABLE public.child2 (
    flag boolean
) INHERITS (public.base);

-- staging ahead · column public.child.extra
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.child, blocking reads and writes while it runs
ALTER TABLE public.child ADD COLUMN extra integer;

-- staging ahead · constraint public.base.amount_positive
-- hazard, full-table validation scan: checks every row of public.base while holding its lock
--   safer path: add it NOT VALID, then ALTER TABLE public.base VALIDATE CONSTRAINT amount_positive in a separate transaction
-- hazard, ACCESS EXCLUSIVE lock: adding a constraint takes an ACCESS EXCLUSIVE lock on public.base, blocking reads and writes while it runs
ALTER TABLE public.base ADD CONSTRAINT amount_positive CHECK ((amount >= (0)::numeric));

COMMIT;
