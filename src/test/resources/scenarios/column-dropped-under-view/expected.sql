-- pgdrift migration · pair adhoc · fingerprint 52bdca847ac4
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (0 added, 2 removed, 1 altered) · 4 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · view public.profile_legacy
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.profile_legacy; queries on it fail until it is recreated
DROP VIEW public.profile_legacy;

COMMIT;

BEGIN;

-- staging ahead · view public.profile_nicks
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.profile_nicks; queries on it fail until it is recreated
DROP VIEW public.profile_nicks;

COMMIT;

BEGIN;

-- production ahead · column public.profile.legacy_flag
-- hazard, data loss: drops column legacy_flag of public.profile (no row estimate yet, 0 B) and its data
-- hazard, ACCESS EXCLUSIVE lock: dropping the column takes an ACCESS EXCLUSIVE lock on public.profile (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.profile DROP COLUMN legacy_flag;

COMMIT;

BEGIN;

-- staging ahead · view public.profile_nicks
CREATE VIEW public.profile_nicks AS
SELECT nick FROM public.profile;

COMMIT;
