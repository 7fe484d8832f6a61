-- pgdrift migration · pair adhoc · fingerprint 26df6a3c93fb
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (1 added, 0 removed, 1 altered) · 2 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · column public.rect.area
-- hazard, ACCESS EXCLUSIVE lock: changing a generation expression takes an ACCESS EXCLUSIVE lock on public.rect (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: recomputes the column for every row of public.rect (no row estimate yet, 0 B)
ALTER TABLE public.rect ALTER COLUMN area SET EXPRESSION AS (((w * h) + 0));

-- staging ahead · column public.rect.half
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.rect (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: computes the stored generated column for every row, rewriting public.rect (no row estimate yet, 0 B)
ALTER TABLE public.rect ADD COLUMN half integer GENERATED ALWAYS AS ((w / 2)) VIRTUAL;

COMMIT;
