-- pgdrift migration · pair adhoc · fingerprint d2889cbc8787
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 5 changes (0 added, 0 removed, 5 altered) · 11 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · schema reports
REVOKE USAGE ON SCHEMA reports FROM pgdrift_app;

-- staging ahead · schema reports
GRANT CREATE ON SCHEMA reports TO pgdrift_reporting;

-- staging ahead · schema reports
GRANT USAGE ON SCHEMA reports TO pgdrift_reporting;

-- staging ahead · sequence public.order_seq
GRANT USAGE ON SEQUENCE public.order_seq TO pgdrift_app;

-- staging ahead · table public.orders
REVOKE INSERT ON TABLE public.orders FROM pgdrift_app;

-- staging ahead · table public.orders
REVOKE GRANT OPTION FOR SELECT ON TABLE public.orders FROM pgdrift_reporting;

-- staging ahead · table public.orders
GRANT SELECT ON TABLE public.orders TO "Pgdrift Auditor";

-- staging ahead · table public.orders
GRANT UPDATE ON TABLE public.orders TO pgdrift_app;

COMMIT;

BEGIN;

-- staging ahead · view public.order_view
GRANT SELECT ON TABLE public.order_view TO PUBLIC;

-- staging ahead · function public.order_total(i integer)
REVOKE EXECUTE ON FUNCTION public.order_total(i integer) FROM PUBLIC;

-- staging ahead · function public.order_total(i integer)
GRANT EXECUTE ON FUNCTION public.order_total(i integer) TO pgdrift_reporting;

COMMIT;
