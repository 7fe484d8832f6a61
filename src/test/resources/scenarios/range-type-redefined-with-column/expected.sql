-- pgdrift migration · pair adhoc · fingerprint 1180017844d3
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (0 added, 0 removed, 1 altered) · 11 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · view public.wide_reading
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.wide_reading; queries on it fail until it is recreated
DROP VIEW public.wide_reading;

COMMIT;

BEGIN;

-- staging ahead · column public.reading.span
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.reading (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.reading ALTER COLUMN span DROP DEFAULT;

-- staging ahead · range type public.floatrange
ALTER TYPE public.floatrange RENAME TO floatrange_pgdrift_old;

-- staging ahead · range type public.floatrange
ALTER FUNCTION public.floatrange(double precision, double precision) RENAME TO floatrange_pgdrift_old;

-- staging ahead · range type public.floatrange
ALTER FUNCTION public.floatrange(double precision, double precision, text) RENAME TO floatrange_pgdrift_old;

-- staging ahead · range type public.floatrange
CREATE TYPE public.floatrange AS RANGE (SUBTYPE = double precision, SUBTYPE_OPCLASS = pg_catalog.float8_ops, SUBTYPE_DIFF = pg_catalog.float8mi);

SET statement_timeout = '0';

-- staging ahead · column public.reading.span · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.reading (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.reading (no row estimate yet, 0 B) to move span onto the recreated type
ALTER TABLE public.reading ALTER COLUMN span TYPE public.floatrange USING span::text::public.floatrange;

COMMIT;

-- staging ahead · column public.reading.span · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.reading (span);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · column public.reading.span
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.reading (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.reading ALTER COLUMN span SET DEFAULT '[0,1)'::public.floatrange;

COMMIT;

BEGIN;

-- staging ahead · view public.wide_reading
CREATE VIEW public.wide_reading AS
SELECT id FROM public.reading WHERE ((upper(span) - lower(span)) > (1)::double precision);

-- staging ahead · range type public.floatrange
DROP TYPE public.floatrange_pgdrift_old;

COMMIT;
