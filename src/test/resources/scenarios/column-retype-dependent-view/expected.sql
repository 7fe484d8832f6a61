-- pgdrift migration · pair adhoc · fingerprint 5891579ca657
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 0 removed, 2 altered) · 6 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · view public.big_order_count
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.big_order_count; queries on it fail until it is recreated
DROP VIEW public.big_order_count;

COMMIT;

BEGIN;

-- staging ahead · view public.big_orders
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.big_orders; queries on it fail until it is recreated
DROP VIEW public.big_orders;

COMMIT;

BEGIN;

SET statement_timeout = '0';

-- staging ahead · column public.orders.amount · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.orders (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.orders (no row estimate yet, 0 B) and rebuilds its indexes (integer to numeric(12,2) is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
ALTER TABLE public.orders ALTER COLUMN amount TYPE numeric(12,2);

COMMIT;

-- staging ahead · column public.orders.amount · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.orders (amount);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · view public.big_orders
CREATE VIEW public.big_orders AS
SELECT id, amount, note FROM public.orders WHERE (amount > (100)::numeric);

COMMIT;

BEGIN;

-- staging ahead · view public.big_order_count
CREATE VIEW public.big_order_count AS
SELECT count(*) AS n, sum(amount) AS total FROM public.big_orders;

COMMIT;
