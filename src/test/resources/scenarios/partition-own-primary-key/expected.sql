-- pgdrift migration · pair adhoc · fingerprint 7207d457215f
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 6 changes (3 added, 3 removed, 0 altered) · 6 statements, 5 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · constraint public.items.items_pkey
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.items (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.items DROP CONSTRAINT items_pkey;

COMMIT;

BEGIN;

-- staging ahead · constraint public.orders.orders_pkey
-- hazard, ACCESS EXCLUSIVE lock: adding a constraint takes an ACCESS EXCLUSIVE lock on public.orders (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, blocks writes: PostgreSQL cannot attach a concurrently built index as a constraint of the partitioned table public.orders (no row estimate yet, 0 B): the index is built under the lock
ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id, at);

COMMIT;

BEGIN;

-- staging ahead · constraint public.orders_2024.orders_2024_ref_at_key
ALTER TABLE public.orders_2024 RENAME CONSTRAINT orders_2024_ref_key TO orders_2024_ref_at_key;

COMMIT;

BEGIN;

-- staging ahead · constraint public.orders.orders_ref_key
-- hazard, ACCESS EXCLUSIVE lock: adding a constraint takes an ACCESS EXCLUSIVE lock on public.orders (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, blocks writes: PostgreSQL cannot attach a concurrently built index as a constraint of the partitioned table public.orders (no row estimate yet, 0 B): the index is built under the lock
ALTER TABLE public.orders ADD CONSTRAINT orders_ref_key UNIQUE (ref, at);

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.items_2024.items_2024_pkey · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.items_2024 (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE UNIQUE INDEX CONCURRENTLY items_2024_pkey ON public.items_2024 USING btree (id, at);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · constraint public.items_2024.items_2024_pkey
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.items_2024 (no row estimate yet, 0 B) for a catalog change only (no scan)
-- hazard, queries may slow down: production's PRIMARY KEY of public.items_2024 (no row estimate yet, 0 B) is attached to items_pkey, which goes; PostgreSQL cannot detach it from its parent, so it is dropped with it and built again
ALTER TABLE public.items_2024 ADD CONSTRAINT items_2024_pkey PRIMARY KEY USING INDEX items_2024_pkey;

COMMIT;
