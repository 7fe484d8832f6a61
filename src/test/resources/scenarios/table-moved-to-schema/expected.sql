-- pgdrift migration · pair adhoc · fingerprint 3a862783a9a8
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 9 changes (5 added, 4 removed, 0 altered) · 3 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · table public.old_orders
-- hazard, data loss: drops table public.old_orders (no row estimate yet, 0 B) and every row in it
--   safer path: if archive.old_orders is this table renamed, use ALTER TABLE public.old_orders RENAME TO old_orders instead to keep the rows
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.old_orders (no row estimate yet, 0 B)
DROP TABLE public.old_orders;

-- staging ahead · table archive.old_orders
CREATE TABLE archive.old_orders (
    id integer NOT NULL,
    total numeric,
    CONSTRAINT old_orders_pkey PRIMARY KEY (id)
);

-- staging ahead · view archive.totals
CREATE VIEW archive.totals AS
SELECT sum(total) AS s FROM archive.old_orders;

COMMIT;
