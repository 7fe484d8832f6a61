-- pgdrift migration · pair adhoc · fingerprint 7cc5bcfaddf7
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (1 added, 1 removed, 1 altered) · 4 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · view public.user_names
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.user_names; queries on it fail until it is recreated
DROP VIEW public.user_names;

COMMIT;

BEGIN;

-- production ahead · column public.users.fullname
-- hazard, data loss: drops column fullname of public.users (no row estimate yet, 0 B) and its data
--   safer path: if full_name is fullname renamed, ALTER TABLE public.users RENAME COLUMN fullname TO full_name keeps the data (instead of this DROP and the ADD)
-- hazard, ACCESS EXCLUSIVE lock: dropping the column takes an ACCESS EXCLUSIVE lock on public.users (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.users DROP COLUMN fullname;

-- staging ahead · column public.users.full_name
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.users (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.users ADD COLUMN full_name text;

COMMIT;

BEGIN;

-- staging ahead · view public.user_names
CREATE VIEW public.user_names AS
SELECT full_name FROM public.users;

COMMIT;
