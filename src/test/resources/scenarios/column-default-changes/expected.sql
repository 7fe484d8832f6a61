-- pgdrift migration · pair adhoc · fingerprint fbddedd03970
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (0 added, 0 removed, 3 altered) · 3 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql

BEGIN;

-- staging ahead · column public.settings.locale
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.settings, blocking reads and writes while it runs
ALTER TABLE public.settings ALTER COLUMN locale DROP DEFAULT;

-- staging ahead · column public.settings.retries
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.settings, blocking reads and writes while it runs
ALTER TABLE public.settings ALTER COLUMN retries SET DEFAULT 3;

-- staging ahead · column public.settings.theme
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.settings, blocking reads and writes while it runs
ALTER TABLE public.settings ALTER COLUMN theme SET DEFAULT 'dark'::text;

COMMIT;
