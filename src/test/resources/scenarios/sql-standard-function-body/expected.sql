-- pgdrift migration · pair adhoc · fingerprint 1e702b5c1150
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (1 added, 0 removed, 2 altered) · 6 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function public.wallet_count()
SET check_function_bodies = false;

-- staging ahead · function public.wallet_total()
DROP FUNCTION public.wallet_total();

SET statement_timeout = '0';

-- staging ahead · column public.wallet.cents · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.wallet (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.wallet (no row estimate yet, 0 B) and rebuilds its indexes (integer to bigint is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
ALTER TABLE public.wallet ALTER COLUMN cents TYPE bigint;

COMMIT;

-- staging ahead · column public.wallet.cents · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.wallet (cents);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · function public.wallet_count()
CREATE OR REPLACE FUNCTION public.wallet_count()
 RETURNS bigint
 LANGUAGE sql
 STABLE
RETURN (SELECT count(*) AS count FROM public.wallet);

-- staging ahead · function public.wallet_total()
CREATE OR REPLACE FUNCTION public.wallet_total()
 RETURNS bigint
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT sum(wallet.cents) AS sum
    FROM public.wallet
   WHERE (wallet.cents > 0);
END;

COMMIT;
