-- pgdrift migration · pair adhoc · fingerprint 4d10e338666a
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 0 removed, 2 altered) · 2 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · view public.checked
ALTER VIEW public.checked SET (check_option=local);

COMMIT;

BEGIN;

-- staging ahead · view public.mine
ALTER VIEW public.mine SET (security_barrier=true);

COMMIT;
