-- pgdrift migration · pair adhoc · fingerprint 1c2c0d7dd909
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (1 added, 1 removed, 0 altered) · 3 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · constraint public.products.old_check
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.products (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.products DROP CONSTRAINT old_check;

-- staging ahead · constraint public.products.price_positive
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.products (no row estimate yet, 0 B) for a catalog change only (no scan)
ALTER TABLE public.products ADD CONSTRAINT price_positive CHECK ((price > (0)::numeric)) NOT VALID;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · constraint public.products.price_positive · runs in a transaction of its own · no statement_timeout: it reads every row
-- hazard, full-table validation scan: checks every row of public.products (no row estimate yet, 0 B) (under a SHARE UPDATE EXCLUSIVE lock: reads and writes continue)
ALTER TABLE public.products VALIDATE CONSTRAINT price_positive;

