-- pgdrift migration · pair adhoc · fingerprint 2e33a441213d
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 0 removed, 2 altered) · 3 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · sequence public.invoice_no
ALTER SEQUENCE public.invoice_no INCREMENT BY 10 MAXVALUE 1000000 CACHE 20;

-- staging ahead · sequence public.legacy_no
ALTER SEQUENCE public.legacy_no AS integer MAXVALUE 2147483647;

-- staging ahead · sequence public.legacy_no
ALTER SEQUENCE public.legacy_no OWNED BY public.invoice.legacy;

COMMIT;
