-- pgdrift migration · pair adhoc · fingerprint de9f5dd7359d
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 14 changes (0 added, 14 removed, 0 altered) · 8 statements, 7 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · view public.legacy_view
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.legacy_view; queries on it fail until it is recreated
DROP VIEW public.legacy_view;

COMMIT;

BEGIN;

-- production ahead · constraint public.keep.keep_legacy_id_fkey
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.keep (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.keep DROP CONSTRAINT keep_legacy_id_fkey;

COMMIT;

BEGIN;

-- production ahead · constraint public.legacy_child.legacy_child_parent_id_fkey
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.legacy_child (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.legacy_child DROP CONSTRAINT legacy_child_parent_id_fkey;

COMMIT;

BEGIN;

-- production ahead · column public.keep.legacy_id
-- hazard, data loss: drops column legacy_id of public.keep (no row estimate yet, 0 B) and its data
-- hazard, ACCESS EXCLUSIVE lock: dropping the column takes an ACCESS EXCLUSIVE lock on public.keep (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.keep DROP COLUMN legacy_id;

COMMIT;

BEGIN;

-- production ahead · table public.legacy_child
-- hazard, data loss: drops table public.legacy_child (no row estimate yet, 0 B) and every row in it
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.legacy_child (no row estimate yet, 0 B)
DROP TABLE public.legacy_child;

COMMIT;

BEGIN;

-- production ahead · table public.legacy_parent
-- hazard, data loss: drops table public.legacy_parent (no row estimate yet, 0 B) and every row in it
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.legacy_parent (no row estimate yet, 0 B)
DROP TABLE public.legacy_parent;

COMMIT;

BEGIN;

-- production ahead · table public.legacy_typed
-- hazard, data loss: drops table public.legacy_typed (no row estimate yet, 0 B) and every row in it
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.legacy_typed (no row estimate yet, 0 B)
DROP TABLE public.legacy_typed;

-- production ahead · enum public.legacy_kind
DROP TYPE public.legacy_kind;

COMMIT;
