-- pgdrift migration · pair adhoc · fingerprint ad78fbc5a296
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 0 removed, 2 altered) · 2 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql

BEGIN;

-- staging ahead · column public.words.label
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.words, blocking reads and writes while it runs
-- hazard, blocks writes: rebuilds the indexes on the column of public.words
ALTER TABLE public.words ALTER COLUMN label TYPE text COLLATE "C";

-- staging ahead · column public.words.word
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.words, blocking reads and writes while it runs
-- hazard, blocks writes: rebuilds the indexes on the column of public.words
ALTER TABLE public.words ALTER COLUMN word TYPE text COLLATE "default";

COMMIT;
