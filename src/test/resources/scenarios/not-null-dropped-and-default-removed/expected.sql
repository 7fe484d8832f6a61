-- pgdrift migration · pair adhoc · fingerprint 7244353d0aec
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (0 added, 0 removed, 3 altered) · 3 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · column public.task.done
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.task (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.task ALTER COLUMN done DROP DEFAULT;

-- staging ahead · column public.task.due
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.task (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.task ALTER COLUMN due SET DEFAULT (CURRENT_DATE + 14);

-- staging ahead · column public.task.title
-- hazard, ACCESS EXCLUSIVE lock: DROP NOT NULL takes an ACCESS EXCLUSIVE lock on public.task (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.task ALTER COLUMN title DROP NOT NULL;

COMMIT;
