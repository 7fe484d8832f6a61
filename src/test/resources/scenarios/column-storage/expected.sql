-- pgdrift migration · pair adhoc · fingerprint 95a14a3eb7a6
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (0 added, 0 removed, 1 altered) · 1 statement, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql

BEGIN;

-- staging ahead · column public.blobs.payload
-- hazard, ACCESS EXCLUSIVE lock: changing storage takes an ACCESS EXCLUSIVE lock on public.blobs, blocking reads and writes while it runs
ALTER TABLE public.blobs ALTER COLUMN payload SET STORAGE EXTERNAL;

COMMIT;
