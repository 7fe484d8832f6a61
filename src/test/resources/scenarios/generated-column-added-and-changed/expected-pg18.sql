-- pgdrift migration · pair adhoc · fingerprint 78c9227f17d4
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (1 added, 0 removed, 1 altered) · 2 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql

BEGIN;

-- staging ahead · column public.box.area
-- hazard, ACCESS EXCLUSIVE lock: changing a generation expression takes an ACCESS EXCLUSIVE lock on public.box, blocking reads and writes while it runs
-- hazard, table rewrite: recomputes the column for every row of public.box
ALTER TABLE public.box ALTER COLUMN area SET EXPRESSION AS (((w * h) / (2)::numeric));

-- staging ahead · column public.box.perimeter
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.box, blocking reads and writes while it runs
-- hazard, table rewrite: computes the stored generated column for every row, rewriting public.box
ALTER TABLE public.box ADD COLUMN perimeter numeric GENERATED ALWAYS AS (((2)::numeric * (w + h))) STORED;

COMMIT;
