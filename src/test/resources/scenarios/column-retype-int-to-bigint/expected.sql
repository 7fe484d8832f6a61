-- pgdrift migration · pair adhoc · fingerprint 233c3089cfa9
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (0 added, 0 removed, 3 altered) · 8 statements, 5 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · column public.accounts.balance
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.accounts (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.accounts ALTER COLUMN balance DROP DEFAULT;

SET statement_timeout = '0';

-- staging ahead · column public.accounts.balance · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.accounts (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.accounts (no row estimate yet, 0 B) and rebuilds its indexes (integer to bigint is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
ALTER TABLE public.accounts ALTER COLUMN balance TYPE bigint;

COMMIT;

-- staging ahead · column public.accounts.balance · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.accounts (balance);

BEGIN;

-- staging ahead · column public.accounts.id · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.accounts (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.accounts (no row estimate yet, 0 B) and rebuilds its indexes (integer to bigint is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
ALTER TABLE public.accounts ALTER COLUMN id TYPE bigint;

COMMIT;

-- staging ahead · column public.accounts.id · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.accounts (id);

BEGIN;

-- staging ahead · column public.transfers.account_id · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.transfers (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.transfers (no row estimate yet, 0 B) and rebuilds its indexes (integer to bigint is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
ALTER TABLE public.transfers ALTER COLUMN account_id TYPE bigint;

COMMIT;

-- staging ahead · column public.transfers.account_id · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.transfers (account_id);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · column public.accounts.balance
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.accounts (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.accounts ALTER COLUMN balance SET DEFAULT 0;

COMMIT;
