-- pgdrift migration · pair adhoc · fingerprint ed8adb81dc35
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (0 added, 0 removed, 1 altered) · 1 statement, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql

BEGIN;

-- staging ahead · table public.blob
ALTER TABLE public.blob SET (autovacuum_enabled=false, fillfactor=70);

COMMIT;
