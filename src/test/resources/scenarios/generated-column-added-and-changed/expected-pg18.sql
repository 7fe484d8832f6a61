-- pgdrift migration · pair adhoc · fingerprint 597cb568662a
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (1 added, 0 removed, 1 altered) · 2 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · column public.box.area
-- hazard, ACCESS EXCLUSIVE lock: changing a generation expression takes an ACCESS EXCLUSIVE lock on public.box (≈1 row, 8 kB), blocking reads and writes while it runs
-- hazard, table rewrite: recomputes the column for every row of public.box (≈1 row, 8 kB)
ALTER TABLE public.box ALTER COLUMN area SET EXPRESSION AS (((w * h) / (2)::numeric));

-- staging ahead · column public.box.perimeter
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.box (≈1 row, 8 kB), blocking reads and writes while it runs
-- hazard, table rewrite: computes the stored generated column for every row, rewriting public.box (≈1 row, 8 kB)
ALTER TABLE public.box ADD COLUMN perimeter numeric GENERATED ALWAYS AS (((2)::numeric * (w + h))) STORED;

COMMIT;
