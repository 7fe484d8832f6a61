-- pgdrift migration · pair adhoc · fingerprint 3d9b4e0d0d09
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 2 removed, 0 altered) · 2 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql

BEGIN;

-- production ahead · view public.v4
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.v4; queries on it fail until it is recreated
DROP VIEW public.v4;

-- production ahead · column public.base.extra
-- hazard, data loss: drops column extra of public.base and its data
-- hazard, ACCESS EXCLUSIVE lock: dropping the column takes an ACCESS EXCLUSIVE lock on public.base, blocking reads and writes while it runs
ALTER TABLE public.base DROP COLUMN extra;

COMMIT;
