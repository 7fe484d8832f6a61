-- pgdrift migration · pair adhoc · fingerprint cdfc839a8958
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (0 added, 0 removed, 4 altered) · 8 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · view public.invoice_report
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.invoice_report; queries on it fail until it is recreated
DROP VIEW public.invoice_report;

COMMIT;

BEGIN;

-- staging ahead · view public.invoice_big
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.invoice_big; queries on it fail until it is recreated
DROP VIEW public.invoice_big;

COMMIT;

BEGIN;

SET statement_timeout = '0';

-- staging ahead · column public.invoice.amount · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.invoice (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.invoice (no row estimate yet, 0 B) and rebuilds its indexes (integer to numeric(12,2) is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
ALTER TABLE public.invoice ALTER COLUMN amount TYPE numeric(12,2);

COMMIT;

-- staging ahead · column public.invoice.amount · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.invoice (amount);

BEGIN;

-- staging ahead · column public.invoice.customer · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.invoice (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.invoice (no row estimate yet, 0 B) and rebuilds its indexes (text to character varying(200) is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
-- hazard, data loss: converts text to character varying(200): values that do not fit fail the statement or lose precision (public.invoice: no row estimate yet, 0 B)
--   safer path: check the data first
ALTER TABLE public.invoice ALTER COLUMN customer TYPE character varying(200);

COMMIT;

-- staging ahead · column public.invoice.customer · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.invoice (customer);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · view public.invoice_big
CREATE VIEW public.invoice_big AS
SELECT id, amount FROM public.invoice WHERE (amount > (1000)::numeric);

COMMIT;

BEGIN;

-- staging ahead · view public.invoice_report
CREATE VIEW public.invoice_report AS
SELECT id, (amount * (2)::numeric) AS doubled FROM public.invoice_big b;

COMMIT;
