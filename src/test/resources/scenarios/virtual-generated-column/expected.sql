-- pgdrift migration · pair adhoc · fingerprint 980ceb869a2d
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (1 added, 0 removed, 1 altered) · 2 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql

BEGIN;

-- staging ahead · column public.rect.area
-- hazard, ACCESS EXCLUSIVE lock: changing a generation expression takes an ACCESS EXCLUSIVE lock on public.rect, blocking reads and writes while it runs
-- hazard, table rewrite: recomputes the column for every row of public.rect
ALTER TABLE public.rect ALTER COLUMN area SET EXPRESSION AS (((w * h) + 0));

-- staging ahead · column public.rect.half
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.rect, blocking reads and writes while it runs
-- hazard, table rewrite: computes the stored generated column for every row, rewriting public.rect
ALTER TABLE public.rect ADD COLUMN half integer GENERATED ALWAYS AS ((w / 2)) STORED;

COMMIT;
