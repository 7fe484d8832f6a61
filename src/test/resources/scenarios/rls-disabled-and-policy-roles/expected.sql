-- pgdrift migration · pair adhoc · fingerprint 64ed08df2e50
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (1 added, 0 removed, 3 altered) · 4 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql

BEGIN;

-- staging ahead · table public.doc
-- hazard, ACCESS EXCLUSIVE lock: switching row-level security takes an ACCESS EXCLUSIVE lock on public.doc, blocking reads and writes while it runs
ALTER TABLE public.doc NO FORCE ROW LEVEL SECURITY;

-- staging ahead · table public.secret
-- hazard, ACCESS EXCLUSIVE lock: switching row-level security takes an ACCESS EXCLUSIVE lock on public.secret, blocking reads and writes while it runs
ALTER TABLE public.secret ENABLE ROW LEVEL SECURITY;

-- staging ahead · policy public.doc.doc_team
-- hazard, ACCESS EXCLUSIVE lock: changing a policy takes an ACCESS EXCLUSIVE lock on public.doc, blocking reads and writes while it runs
ALTER POLICY doc_team ON public.doc TO scenario_reader;

-- staging ahead · policy public.secret.secret_insert
-- hazard, ACCESS EXCLUSIVE lock: creating a policy takes an ACCESS EXCLUSIVE lock on public.secret, blocking reads and writes while it runs
CREATE POLICY secret_insert ON public.secret AS PERMISSIVE FOR INSERT TO PUBLIC WITH CHECK ((id > 0));

COMMIT;
