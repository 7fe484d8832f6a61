-- pgdrift migration · pair adhoc · fingerprint ef61e5af0652
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (2 added, 0 removed, 0 altered) · 2 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · sequence public.order_refs
CREATE SEQUENCE public.order_refs AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 100 CACHE 1 NO CYCLE;

-- staging ahead · column public.orders.ref_no
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.orders (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: the default nextval('public.order_refs'::regclass) may be volatile: every row gets its own value, rewriting public.orders (no row estimate yet, 0 B)
--   safer path: add the column without a default, set the default, then backfill in batches
ALTER TABLE public.orders ADD COLUMN ref_no bigint DEFAULT nextval('public.order_refs'::regclass) NOT NULL;

COMMIT;
