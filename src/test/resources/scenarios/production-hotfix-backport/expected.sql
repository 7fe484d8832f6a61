-- pgdrift migration · pair adhoc · fingerprint 9de0dd4b99b3
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (0 added, 3 removed, 0 altered) · 3 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · function public.hotfix_fn()
DROP FUNCTION public.hotfix_fn();

-- production ahead · index public.orders.orders_hotfix_idx
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.orders (≈0 rows, 0 B)
--   safer path: DROP INDEX CONCURRENTLY (outside a transaction)
DROP INDEX public.orders_hotfix_idx;

-- production ahead · column public.orders.hotfix_flag
-- hazard, data loss: drops column hotfix_flag of public.orders (≈0 rows, 0 B) and its data
-- hazard, ACCESS EXCLUSIVE lock: dropping the column takes an ACCESS EXCLUSIVE lock on public.orders (≈0 rows, 0 B), blocking reads and writes while it runs
ALTER TABLE public.orders DROP COLUMN hotfix_flag;

COMMIT;
