-- pgdrift migration · pair adhoc · fingerprint 5c0c1335d2d1
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (0 added, 0 removed, 1 altered) · 9 statements, 5 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · view public.paid_orders
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.paid_orders; queries on it fail until it is recreated
DROP VIEW public.paid_orders;

COMMIT;

BEGIN;

-- staging ahead · column public.orders.state
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.orders (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.orders ALTER COLUMN state DROP DEFAULT;

-- staging ahead · enum public.order_state
ALTER TYPE public.order_state RENAME TO order_state_pgdrift_old;

-- staging ahead · enum public.order_state
-- hazard, data loss: labels legacy of public.order_state are removed: rows holding them make the column conversion fail
--   safer path: update those rows to a remaining label first
CREATE TYPE public.order_state AS ENUM ('new', 'paid');

SET statement_timeout = '0';

-- staging ahead · column public.orders.state · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.orders (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.orders (no row estimate yet, 0 B) to move state onto the recreated type
-- hazard, data loss: rows holding legacy cannot be converted and make the statement fail (public.orders: no row estimate yet, 0 B)
--   safer path: update those rows first
ALTER TABLE public.orders ALTER COLUMN state TYPE public.order_state USING state::text::public.order_state;

COMMIT;

-- staging ahead · column public.orders.state · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.orders (state);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · column public.orders.state
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.orders (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.orders ALTER COLUMN state SET DEFAULT 'new'::public.order_state;

COMMIT;

BEGIN;

-- staging ahead · view public.paid_orders
CREATE VIEW public.paid_orders AS
SELECT id FROM public.orders WHERE (state = 'paid'::public.order_state);

-- staging ahead · enum public.order_state
DROP TYPE public.order_state_pgdrift_old;

COMMIT;
