-- pgdrift migration · pair adhoc · fingerprint 4d10e338666a
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 0 removed, 2 altered) · 2 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql

BEGIN;

-- staging ahead · view public.checked
ALTER VIEW public.checked SET (check_option=local);

-- staging ahead · view public.mine
ALTER VIEW public.mine SET (security_barrier=true);

COMMIT;
