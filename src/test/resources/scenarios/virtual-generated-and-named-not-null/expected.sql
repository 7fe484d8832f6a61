-- pgdrift migration · pair adhoc · fingerprint 2ff0a3383bf2
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (2 added, 0 removed, 2 altered) · 5 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · column public.rect.area
-- hazard, data loss: drops column area of public.rect (no row estimate yet, 0 B) and its data
--   safer path: if half is area renamed, ALTER TABLE public.rect RENAME COLUMN area TO half keeps the data (instead of this DROP and the ADD)
-- hazard, ACCESS EXCLUSIVE lock: dropping the column takes an ACCESS EXCLUSIVE lock on public.rect (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.rect DROP COLUMN area;

-- staging ahead · column public.rect.w
ALTER TABLE public.rect RENAME CONSTRAINT rect_w_not_null TO rect_w_required;

-- staging ahead · column public.rect.area
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.rect (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: computes the stored generated column for every row, rewriting public.rect (no row estimate yet, 0 B)
ALTER TABLE public.rect ADD COLUMN area integer GENERATED ALWAYS AS ((w * h)) VIRTUAL;

-- staging ahead · column public.rect.code
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.rect (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, full-table validation scan: a NOT NULL column without a default fails when public.rect (no row estimate yet, 0 B) has rows
--   safer path: add it nullable, backfill, then SET NOT NULL
ALTER TABLE public.rect ADD COLUMN code text CONSTRAINT rect_code_required NOT NULL;

-- staging ahead · column public.rect.half
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.rect (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: computes the stored generated column for every row, rewriting public.rect (no row estimate yet, 0 B)
ALTER TABLE public.rect ADD COLUMN half integer GENERATED ALWAYS AS ((w / 2)) VIRTUAL;

COMMIT;
