-- pgdrift migration · pair adhoc · fingerprint 0f4f1c1d755f
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 1 removed, 1 altered) · 2 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · policy public.notes.p
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.notes (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, access control: drops policy p: changes which rows of public.notes (no row estimate yet, 0 B) roles may see or change
DROP POLICY p ON public.notes;

-- staging ahead · table public.notes
-- hazard, ACCESS EXCLUSIVE lock: switching row-level security takes an ACCESS EXCLUSIVE lock on public.notes (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, access control: every role with a privilege sees and changes every row of public.notes (no row estimate yet, 0 B) again, whatever its policies say
ALTER TABLE public.notes DISABLE ROW LEVEL SECURITY;

COMMIT;
