-- pgdrift migration · pair adhoc · fingerprint 7244353d0aec
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (0 added, 0 removed, 3 altered) · 3 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql

BEGIN;

-- staging ahead · column public.task.done
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.task, blocking reads and writes while it runs
ALTER TABLE public.task ALTER COLUMN done DROP DEFAULT;

-- staging ahead · column public.task.due
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.task, blocking reads and writes while it runs
ALTER TABLE public.task ALTER COLUMN due SET DEFAULT (CURRENT_DATE + 14);

-- staging ahead · column public.task.title
-- hazard, ACCESS EXCLUSIVE lock: DROP NOT NULL takes an ACCESS EXCLUSIVE lock on public.task, blocking reads and writes while it runs
ALTER TABLE public.task ALTER COLUMN title DROP NOT NULL;

COMMIT;
