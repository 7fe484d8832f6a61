-- pgdrift migration · pair adhoc · fingerprint ac0d707be290
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (1 added, 0 removed, 1 altered) · 2 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql

BEGIN;

-- staging ahead · column public.tags.id
-- hazard, ACCESS EXCLUSIVE lock: SET NOT NULL takes an ACCESS EXCLUSIVE lock on public.tags, blocking reads and writes while it runs
-- hazard, full-table validation scan: scans every row of public.tags for nulls while holding the lock
--   safer path: ALTER TABLE public.tags ADD CONSTRAINT tags_id_not_null CHECK (id IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT tags_id_not_null; then SET NOT NULL (no scan) and drop the check
ALTER TABLE public.tags ALTER COLUMN id SET NOT NULL;

-- staging ahead · constraint public.tags.tags_pkey
-- hazard, ACCESS EXCLUSIVE lock: adding a constraint takes an ACCESS EXCLUSIVE lock on public.tags, blocking reads and writes while it runs
-- hazard, blocks writes: builds an index on public.tags while holding the lock
--   safer path: CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT tags_pkey PRIMARY KEY USING INDEX
ALTER TABLE public.tags ADD CONSTRAINT tags_pkey PRIMARY KEY (id);

COMMIT;
