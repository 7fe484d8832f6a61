-- pgdrift migration · pair adhoc · fingerprint 261fd6d9bda5
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 0 removed, 2 altered) · 6 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · view public.payment_accounts
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.payment_accounts; queries on it fail until it is recreated
DROP VIEW public.payment_accounts;

COMMIT;

BEGIN;

SET statement_timeout = '0';

-- staging ahead · column public.account.id · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.account (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.account (no row estimate yet, 0 B) and rebuilds its indexes (integer to bigint is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
ALTER TABLE public.account ALTER COLUMN id TYPE bigint;

COMMIT;

-- staging ahead · column public.account.id · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.account (id);

BEGIN;

-- staging ahead · column public.payment.account_id · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.payment (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.payment (no row estimate yet, 0 B) and rebuilds its indexes (integer to bigint is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
ALTER TABLE public.payment ALTER COLUMN account_id TYPE bigint;

COMMIT;

-- staging ahead · column public.payment.account_id · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.payment (account_id);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · view public.payment_accounts
CREATE VIEW public.payment_accounts AS
SELECT p.id, a.id AS account FROM (public.payment p JOIN public.account a ON ((a.id = p.account_id)));

COMMIT;
