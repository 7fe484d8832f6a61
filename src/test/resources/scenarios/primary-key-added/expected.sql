-- pgdrift migration · pair adhoc · fingerprint ac0d707be290
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (1 added, 0 removed, 1 altered) · 2 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · column public.tags.id
-- hazard, ACCESS EXCLUSIVE lock: SET NOT NULL takes an ACCESS EXCLUSIVE lock on public.tags (≈0 rows, 0 B), blocking reads and writes while it runs
-- hazard, full-table validation scan: scans every row of public.tags (≈0 rows, 0 B) for nulls while holding the lock
--   safer path: ALTER TABLE public.tags ADD CONSTRAINT tags_id_not_null CHECK (id IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT tags_id_not_null; then SET NOT NULL (no scan) and drop the check
ALTER TABLE public.tags ALTER COLUMN id SET NOT NULL;

-- staging ahead · constraint public.tags.tags_pkey
-- hazard, ACCESS EXCLUSIVE lock: adding a constraint takes an ACCESS EXCLUSIVE lock on public.tags (≈0 rows, 0 B), blocking reads and writes while it runs
-- hazard, blocks writes: builds an index on public.tags (≈0 rows, 0 B) while holding the lock
--   safer path: CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT tags_pkey PRIMARY KEY USING INDEX
ALTER TABLE public.tags ADD CONSTRAINT tags_pkey PRIMARY KEY (id);

COMMIT;
