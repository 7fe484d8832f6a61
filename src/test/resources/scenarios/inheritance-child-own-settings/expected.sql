-- pgdrift migration · pair adhoc · fingerprint 9bbcf04c799f
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (2 added, 0 removed, 1 altered) · 5 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · table public.login_event
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.login_event (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.login_event ALTER COLUMN source DROP DEFAULT;

-- staging ahead · table public.login_event
-- hazard, ACCESS EXCLUSIVE lock: changing NOT NULL takes an ACCESS EXCLUSIVE lock on public.login_event (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.login_event ALTER COLUMN source SET NOT NULL;

-- staging ahead · table public.login_event
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.login_event (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.login_event ALTER COLUMN happened SET DEFAULT '2020-01-01 00:00:00+00'::timestamp with time zone;

-- staging ahead · table public.logout_event
CREATE TABLE public.logout_event (
    reason text
) INHERITS (public.event);

-- staging ahead · table public.logout_event
ALTER TABLE public.logout_event ALTER COLUMN source SET DEFAULT 'app'::text;

COMMIT;
