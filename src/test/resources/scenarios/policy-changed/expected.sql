-- pgdrift migration · pair adhoc · fingerprint bc7ad81839c7
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (0 added, 0 removed, 3 altered) · 4 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · policy public.note.note_read
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.note (no row estimate yet, 0 B), blocking reads and writes while it runs
DROP POLICY note_read ON public.note;

-- staging ahead · table public.note
-- hazard, ACCESS EXCLUSIVE lock: switching row-level security takes an ACCESS EXCLUSIVE lock on public.note (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, access control: the table's owner becomes subject to the policies on public.note (no row estimate yet, 0 B)
ALTER TABLE public.note FORCE ROW LEVEL SECURITY;

-- staging ahead · policy public.note.note_owner
-- hazard, ACCESS EXCLUSIVE lock: changing a policy takes an ACCESS EXCLUSIVE lock on public.note (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, access control: changes policy note_owner: changes which rows of public.note (no row estimate yet, 0 B) roles may see or change
ALTER POLICY note_owner ON public.note USING (((owner = CURRENT_USER) OR (owner = 'shared'::text))) WITH CHECK ((owner = CURRENT_USER));

-- staging ahead · policy public.note.note_read
-- hazard, ACCESS EXCLUSIVE lock: creating a policy takes an ACCESS EXCLUSIVE lock on public.note (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, access control: adds policy note_read: changes which rows of public.note (no row estimate yet, 0 B) roles may see or change
CREATE POLICY note_read ON public.note AS RESTRICTIVE FOR SELECT TO scenario_reader USING ((body IS NOT NULL));

COMMIT;
