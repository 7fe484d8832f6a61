-- pgdrift migration · pair adhoc · fingerprint 7ac2c0d60258
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 0 removed, 2 altered) · 3 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · column public.lines.total
-- hazard, data loss: drops column total of public.lines (no row estimate yet, 0 B) and its data
-- hazard, ACCESS EXCLUSIVE lock: dropping the column takes an ACCESS EXCLUSIVE lock on public.lines (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.lines DROP COLUMN total;

-- staging ahead · column public.lines.label
-- hazard, ACCESS EXCLUSIVE lock: turning a generated column into a plain one takes an ACCESS EXCLUSIVE lock on public.lines (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.lines ALTER COLUMN label DROP EXPRESSION;

-- staging ahead · column public.lines.total
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.lines (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: computes the stored generated column for every row, rewriting public.lines (no row estimate yet, 0 B)
ALTER TABLE public.lines ADD COLUMN total numeric GENERATED ALWAYS AS ((((qty)::numeric * unit_price) * 1.2)) STORED;

COMMIT;
