-- pgdrift migration · pair adhoc · fingerprint 472dc22b71ca
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (1 added, 0 removed, 0 altered) · 1 statement, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · column public.lines.total
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.lines (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: computes the stored generated column for every row, rewriting public.lines (no row estimate yet, 0 B)
ALTER TABLE public.lines ADD COLUMN total numeric GENERATED ALWAYS AS (((qty)::numeric * unit_price)) STORED;

COMMIT;
