-- pgdrift migration · pair adhoc · fingerprint 4c7bfbaccc0f
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (1 added, 0 removed, 2 altered) · 3 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · composite type public.address
ALTER TYPE public.address ADD ATTRIBUTE country character(2);

-- staging ahead · composite type public.point3
ALTER TYPE public.point3 DROP ATTRIBUTE z, ALTER ATTRIBUTE x TYPE numeric;

-- staging ahead · composite type public.span
CREATE TYPE public.span AS (lo integer, hi integer);

COMMIT;
