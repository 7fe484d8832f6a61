-- pgdrift migration · pair adhoc · fingerprint 827497c628f8
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 0 removed, 2 altered) · 4 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · column public.products.sku
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.products (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.products ALTER COLUMN sku TYPE character varying(64);

COMMIT;

SET statement_timeout = '0';

-- staging ahead · column public.products.sku · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.products (sku);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · column public.products.title
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.products (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.products ALTER COLUMN title TYPE text;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · column public.products.title · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.products (title);

