-- pgdrift migration · pair adhoc · fingerprint 261fd6d9bda5
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 0 removed, 2 altered) · 4 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql

BEGIN;

-- staging ahead · view public.payment_accounts
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.payment_accounts; queries on it fail until it is recreated
DROP VIEW public.payment_accounts;

-- staging ahead · column public.account.id
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.account, blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.account and rebuilds its indexes (integer to bigint is not binary coercible)
--   safer path: add a new column, backfill it in batches, then swap the columns
ALTER TABLE public.account ALTER COLUMN id TYPE bigint;

-- staging ahead · column public.payment.account_id
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.payment, blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.payment and rebuilds its indexes (integer to bigint is not binary coercible)
--   safer path: add a new column, backfill it in batches, then swap the columns
ALTER TABLE public.payment ALTER COLUMN account_id TYPE bigint;

-- staging ahead · view public.payment_accounts
CREATE VIEW public.payment_accounts AS
SELECT p.id, a.id AS account FROM (public.payment p JOIN public.account a ON ((a.id = p.account_id)));

COMMIT;
