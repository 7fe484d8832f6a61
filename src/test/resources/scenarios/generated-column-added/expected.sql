-- pgdrift migration · pair adhoc · fingerprint 8e728206dfd0
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (1 added, 0 removed, 0 altered) · 1 statement, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql

BEGIN;

-- staging ahead · column public.lines.total
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.lines, blocking reads and writes while it runs
-- hazard, table rewrite: computes the stored generated column for every row, rewriting public.lines
ALTER TABLE public.lines ADD COLUMN total numeric GENERATED ALWAYS AS (((qty)::numeric * unit_price)) STORED;

COMMIT;
