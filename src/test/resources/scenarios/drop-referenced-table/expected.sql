-- pgdrift migration · pair adhoc · fingerprint 8f5458309d16
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 14 changes (0 added, 14 removed, 0 altered) · 8 statements, 7 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql

BEGIN;

-- production ahead · view public.legacy_view
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.legacy_view; queries on it fail until it is recreated
DROP VIEW public.legacy_view;

-- production ahead · constraint public.keep.keep_legacy_id_fkey
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.keep, blocking reads and writes while it runs
ALTER TABLE public.keep DROP CONSTRAINT keep_legacy_id_fkey;

-- production ahead · constraint public.legacy_child.legacy_child_parent_id_fkey
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.legacy_child, blocking reads and writes while it runs
ALTER TABLE public.legacy_child DROP CONSTRAINT legacy_child_parent_id_fkey;

-- production ahead · column public.keep.legacy_id
-- hazard, data loss: drops column legacy_id of public.keep and its data
-- hazard, ACCESS EXCLUSIVE lock: dropping the column takes an ACCESS EXCLUSIVE lock on public.keep, blocking reads and writes while it runs
ALTER TABLE public.keep DROP COLUMN legacy_id;

-- production ahead · table public.legacy_child
-- hazard, data loss: drops table public.legacy_child and every row in it
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.legacy_child
DROP TABLE public.legacy_child;

-- production ahead · table public.legacy_parent
-- hazard, data loss: drops table public.legacy_parent and every row in it
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.legacy_parent
DROP TABLE public.legacy_parent;

-- production ahead · table public.legacy_typed
-- hazard, data loss: drops table public.legacy_typed and every row in it
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.legacy_typed
DROP TABLE public.legacy_typed;

-- production ahead · enum public.legacy_kind
DROP TYPE public.legacy_kind;

COMMIT;
