-- pgdrift migration · pair adhoc · fingerprint be6333574780
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 0 removed, 2 altered) · 2 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

-- staging ahead · enum public.status · runs outside a transaction
-- hazard, cannot run in a transaction: the new label 'new' is used by a later statement, so it must be committed before the migration's transaction starts
ALTER TYPE public.status ADD VALUE 'new' BEFORE 'open';

BEGIN;

-- staging ahead · column public.issues.state
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.issues (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.issues ALTER COLUMN state SET DEFAULT 'new'::public.status;

COMMIT;
