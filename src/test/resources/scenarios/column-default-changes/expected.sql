-- pgdrift migration · pair adhoc · fingerprint fbddedd03970
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (0 added, 0 removed, 3 altered) · 3 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · column public.settings.locale
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.settings (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.settings ALTER COLUMN locale DROP DEFAULT;

-- staging ahead · column public.settings.retries
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.settings (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.settings ALTER COLUMN retries SET DEFAULT 3;

-- staging ahead · column public.settings.theme
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.settings (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.settings ALTER COLUMN theme SET DEFAULT 'dark'::text;

COMMIT;
