-- pgdrift migration · pair adhoc · fingerprint e10ab11a158d
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (1 added, 1 removed, 2 altered) · 4 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · sequence public.old_counter
-- hazard, data loss: drops sequence public.old_counter and its current value
DROP SEQUENCE public.old_counter;

-- staging ahead · sequence public.invoice_no
ALTER SEQUENCE public.invoice_no INCREMENT BY 5 START WITH 5000 CACHE 10;

-- staging ahead · sequence public.ring
ALTER SEQUENCE public.ring AS integer MAXVALUE 1000 CYCLE;

-- staging ahead · sequence public.order_no
CREATE SEQUENCE public.order_no AS integer INCREMENT BY 1 MINVALUE 7 MAXVALUE 999999 START WITH 7 CACHE 1 CYCLE;

COMMIT;
