-- pgdrift migration · pair adhoc · fingerprint d2889cbc8787
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 5 changes (0 added, 0 removed, 5 altered) · 11 statements, 11 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · schema reports
-- hazard, access control: takes privileges away on reports: REVOKE USAGE ON SCHEMA reports FROM pgdrift_app;
REVOKE USAGE ON SCHEMA reports FROM pgdrift_app;

-- staging ahead · schema reports
-- hazard, access control: gives privileges on reports: GRANT CREATE ON SCHEMA reports TO pgdrift_reporting;
GRANT CREATE ON SCHEMA reports TO pgdrift_reporting;

-- staging ahead · schema reports
-- hazard, access control: gives privileges on reports: GRANT USAGE ON SCHEMA reports TO pgdrift_reporting;
GRANT USAGE ON SCHEMA reports TO pgdrift_reporting;

-- staging ahead · sequence public.order_seq
-- hazard, access control: gives privileges on public.order_seq: GRANT USAGE ON SEQUENCE public.order_seq TO pgdrift_app;
GRANT USAGE ON SEQUENCE public.order_seq TO pgdrift_app;

-- staging ahead · table public.orders
-- hazard, access control: takes privileges away on public.orders (no row estimate yet, 0 B): REVOKE INSERT ON TABLE public.orders FROM pgdrift_app;
REVOKE INSERT ON TABLE public.orders FROM pgdrift_app;

-- staging ahead · table public.orders
-- hazard, access control: takes privileges away on public.orders (no row estimate yet, 0 B): REVOKE GRANT OPTION FOR SELECT ON TABLE public.orders FROM pgdrift_reporting;
REVOKE GRANT OPTION FOR SELECT ON TABLE public.orders FROM pgdrift_reporting;

-- staging ahead · table public.orders
-- hazard, access control: gives privileges on public.orders (no row estimate yet, 0 B): GRANT SELECT ON TABLE public.orders TO "Pgdrift Auditor";
GRANT SELECT ON TABLE public.orders TO "Pgdrift Auditor";

-- staging ahead · table public.orders
-- hazard, access control: gives privileges on public.orders (no row estimate yet, 0 B): GRANT UPDATE ON TABLE public.orders TO pgdrift_app;
GRANT UPDATE ON TABLE public.orders TO pgdrift_app;

COMMIT;

BEGIN;

-- staging ahead · view public.order_view
-- hazard, access control: gives privileges on public.order_view: GRANT SELECT ON TABLE public.order_view TO PUBLIC;
GRANT SELECT ON TABLE public.order_view TO PUBLIC;

-- staging ahead · function public.order_total(i integer)
-- hazard, access control: takes privileges away on public.order_total(i integer): REVOKE EXECUTE ON FUNCTION public.order_total(i integer) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION public.order_total(i integer) FROM PUBLIC;

-- staging ahead · function public.order_total(i integer)
-- hazard, access control: gives privileges on public.order_total(i integer): GRANT EXECUTE ON FUNCTION public.order_total(i integer) TO pgdrift_reporting;
GRANT EXECUTE ON FUNCTION public.order_total(i integer) TO pgdrift_reporting;

COMMIT;
