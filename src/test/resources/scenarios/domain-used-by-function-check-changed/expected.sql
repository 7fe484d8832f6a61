-- pgdrift migration · pair adhoc · fingerprint 897a5360fd4c
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (0 added, 0 removed, 1 altered) · 2 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · domain public.score
ALTER DOMAIN public.score DROP CONSTRAINT score_range;

-- staging ahead · domain public.score
-- hazard, full-table validation scan: checks every value of domain public.score
--   safer path: add it NOT VALID, then VALIDATE CONSTRAINT
ALTER DOMAIN public.score ADD CONSTRAINT score_range CHECK (((VALUE >= 0) AND (VALUE <= 100)));

COMMIT;
