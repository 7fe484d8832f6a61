-- pgdrift migration · pair adhoc · fingerprint 64ed08df2e50
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (1 added, 0 removed, 3 altered) · 4 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · table public.doc
-- hazard, ACCESS EXCLUSIVE lock: switching row-level security takes an ACCESS EXCLUSIVE lock on public.doc (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, access control: the table's owner stops being subject to the policies on public.doc (no row estimate yet, 0 B)
ALTER TABLE public.doc NO FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

-- staging ahead · table public.secret
-- hazard, ACCESS EXCLUSIVE lock: switching row-level security takes an ACCESS EXCLUSIVE lock on public.secret (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, access control: roles other than the owner see and change only the rows policies allow on public.secret (no row estimate yet, 0 B) (none, until it has a policy)
ALTER TABLE public.secret ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

-- staging ahead · policy public.doc.doc_team
-- hazard, ACCESS EXCLUSIVE lock: changing a policy takes an ACCESS EXCLUSIVE lock on public.doc (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, access control: changes policy doc_team: changes which rows of public.doc (no row estimate yet, 0 B) roles may see or change
ALTER POLICY doc_team ON public.doc TO scenario_reader;

COMMIT;

BEGIN;

-- staging ahead · policy public.secret.secret_insert
-- hazard, ACCESS EXCLUSIVE lock: creating a policy takes an ACCESS EXCLUSIVE lock on public.secret (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, access control: adds policy secret_insert: changes which rows of public.secret (no row estimate yet, 0 B) roles may see or change
CREATE POLICY secret_insert ON public.secret AS PERMISSIVE FOR INSERT TO PUBLIC WITH CHECK ((id > 0));

COMMIT;
