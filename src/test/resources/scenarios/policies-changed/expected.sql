-- pgdrift migration · pair adhoc · fingerprint c902178ebfaf
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (0 added, 1 removed, 3 altered) · 6 statements, 6 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · policy public.notes.p_gone
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.notes (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, access control: drops policy p_gone: changes which rows of public.notes (no row estimate yet, 0 B) roles may see or change
DROP POLICY p_gone ON public.notes;

-- staging ahead · policy public.notes.p_kind
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.notes (no row estimate yet, 0 B), blocking reads and writes while it runs
DROP POLICY p_kind ON public.notes;

-- staging ahead · policy public.notes.p_update
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.notes (no row estimate yet, 0 B), blocking reads and writes while it runs
DROP POLICY p_update ON public.notes;

-- staging ahead · policy public.notes.p_select
-- hazard, ACCESS EXCLUSIVE lock: changing a policy takes an ACCESS EXCLUSIVE lock on public.notes (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, access control: changes policy p_select: changes which rows of public.notes (no row estimate yet, 0 B) roles may see or change
ALTER POLICY p_select ON public.notes TO pgdrift_app USING (((owner = CURRENT_USER) OR (body IS NULL)));

-- staging ahead · policy public.notes.p_kind
-- hazard, ACCESS EXCLUSIVE lock: creating a policy takes an ACCESS EXCLUSIVE lock on public.notes (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, access control: adds policy p_kind: changes which rows of public.notes (no row estimate yet, 0 B) roles may see or change
CREATE POLICY p_kind ON public.notes AS PERMISSIVE FOR ALL TO PUBLIC USING (true);

-- staging ahead · policy public.notes.p_update
-- hazard, ACCESS EXCLUSIVE lock: creating a policy takes an ACCESS EXCLUSIVE lock on public.notes (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, access control: adds policy p_update: changes which rows of public.notes (no row estimate yet, 0 B) roles may see or change
CREATE POLICY p_update ON public.notes AS PERMISSIVE FOR UPDATE TO PUBLIC USING (true);

COMMIT;
