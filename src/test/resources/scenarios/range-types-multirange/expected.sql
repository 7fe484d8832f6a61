-- pgdrift migration · pair adhoc · fingerprint aef2f0eb74f1
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (3 added, 0 removed, 0 altered) · 2 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · range type public.day_span
CREATE TYPE public.day_span AS RANGE (SUBTYPE = date, SUBTYPE_OPCLASS = pg_catalog.date_ops, MULTIRANGE_TYPE_NAME = public.day_spans);

-- staging ahead · table public.agenda
CREATE TABLE public.agenda (
    busy public.day_spans
);

COMMIT;
