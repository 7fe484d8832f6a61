-- pgdrift migration · pair adhoc · fingerprint 9fef465a53ae
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (1 added, 0 removed, 1 altered) · 4 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · constraint public.price.price_positive
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.price (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.price DROP CONSTRAINT price_positive;

-- staging ahead · constraint public.price.price_currency
-- hazard, ACCESS EXCLUSIVE lock: adding a constraint takes an ACCESS EXCLUSIVE lock on public.price (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.price ADD CONSTRAINT price_currency CHECK ((currency = ANY (ARRAY['EUR'::text, 'USD'::text]))) NOT VALID;

-- staging ahead · constraint public.price.price_positive
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.price (no row estimate yet, 0 B) for a catalog change only (no scan)
ALTER TABLE public.price ADD CONSTRAINT price_positive CHECK (((amount >= (0)::numeric) AND (amount < (1000000)::numeric))) NOT VALID;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · constraint public.price.price_positive · runs in a transaction of its own · no statement_timeout: it reads every row
-- hazard, full-table validation scan: checks every row of public.price (no row estimate yet, 0 B) (under a SHARE UPDATE EXCLUSIVE lock: reads and writes continue)
ALTER TABLE public.price VALIDATE CONSTRAINT price_positive;

