-- pgdrift migration · pair adhoc · fingerprint 40c9c165a769
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (2 added, 0 removed, 1 altered) · 4 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · table public.notes
-- hazard, ACCESS EXCLUSIVE lock: switching row-level security takes an ACCESS EXCLUSIVE lock on public.notes (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, access control: roles other than the owner see and change only the rows policies allow on public.notes (no row estimate yet, 0 B) (none, until it has a policy)
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;

-- staging ahead · table public.notes
-- hazard, ACCESS EXCLUSIVE lock: switching row-level security takes an ACCESS EXCLUSIVE lock on public.notes (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, access control: the table's owner becomes subject to the policies on public.notes (no row estimate yet, 0 B)
ALTER TABLE public.notes FORCE ROW LEVEL SECURITY;

-- staging ahead · policy public.notes.notes_owner
-- hazard, ACCESS EXCLUSIVE lock: creating a policy takes an ACCESS EXCLUSIVE lock on public.notes (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, access control: adds policy notes_owner: changes which rows of public.notes (no row estimate yet, 0 B) roles may see or change
CREATE POLICY notes_owner ON public.notes AS PERMISSIVE FOR ALL TO PUBLIC USING ((owner = CURRENT_USER)) WITH CHECK ((owner = CURRENT_USER));

-- staging ahead · policy public.notes.notes_reporting
-- hazard, ACCESS EXCLUSIVE lock: creating a policy takes an ACCESS EXCLUSIVE lock on public.notes (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, access control: adds policy notes_reporting: changes which rows of public.notes (no row estimate yet, 0 B) roles may see or change
CREATE POLICY notes_reporting ON public.notes AS RESTRICTIVE FOR SELECT TO "Pgdrift Auditor", pgdrift_reporting USING (true);

COMMIT;
