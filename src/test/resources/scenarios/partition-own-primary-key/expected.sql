-- pgdrift migration · pair adhoc · fingerprint 2436c7a1808c
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (2 added, 2 removed, 0 altered) · 4 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · constraint public.orders_2024.orders_2024_pkey
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.orders_2024 (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.orders_2024 DROP CONSTRAINT orders_2024_pkey;

-- production ahead · constraint public.orders_2024.orders_2024_ref_key
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.orders_2024 (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.orders_2024 DROP CONSTRAINT orders_2024_ref_key;

COMMIT;

BEGIN;

-- staging ahead · constraint public.orders.orders_pkey
-- hazard, ACCESS EXCLUSIVE lock: adding a constraint takes an ACCESS EXCLUSIVE lock on public.orders (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, blocks writes: PostgreSQL cannot attach a concurrently built index as a constraint of the partitioned table public.orders (no row estimate yet, 0 B): the index is built under the lock
ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id, at);

-- staging ahead · constraint public.orders.orders_ref_key
-- hazard, ACCESS EXCLUSIVE lock: adding a constraint takes an ACCESS EXCLUSIVE lock on public.orders (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, blocks writes: PostgreSQL cannot attach a concurrently built index as a constraint of the partitioned table public.orders (no row estimate yet, 0 B): the index is built under the lock
ALTER TABLE public.orders ADD CONSTRAINT orders_ref_key UNIQUE (ref, at);

COMMIT;
