-- pgdrift migration · pair adhoc · fingerprint 3fa7bc089e07
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 6 changes (3 added, 1 removed, 2 altered) · 10 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · range type public.old_span
DROP TYPE public.old_span;

-- staging ahead · range type public.reshaped
ALTER TYPE public.reshaped RENAME TO reshaped_pgdrift_old;

-- staging ahead · range type public.reshaped
ALTER FUNCTION public.reshaped(double precision, double precision) RENAME TO reshaped_pgdrift_old;

-- staging ahead · range type public.reshaped
ALTER FUNCTION public.reshaped(double precision, double precision, text) RENAME TO reshaped_pgdrift_old;

-- staging ahead · range type public.described
-- hazard, access control: takes privileges away on public.described: REVOKE USAGE ON TYPE public.described FROM PUBLIC;
REVOKE USAGE ON TYPE public.described FROM PUBLIC;

-- staging ahead · range type public.described
COMMENT ON TYPE public.described IS 'new words';

-- staging ahead · range type public.reshaped
CREATE TYPE public.reshaped AS RANGE (SUBTYPE = double precision, SUBTYPE_OPCLASS = pg_catalog.float8_ops, SUBTYPE_DIFF = pg_catalog.float8mi);

-- staging ahead · range type public.text_span
CREATE TYPE public.text_span AS RANGE (SUBTYPE = text, SUBTYPE_OPCLASS = pg_catalog.text_ops, COLLATION = "C");

-- staging ahead · table public.fresh
CREATE TABLE public.fresh (
    span public.text_span
);

-- staging ahead · range type public.reshaped
DROP TYPE public.reshaped_pgdrift_old;

COMMIT;
