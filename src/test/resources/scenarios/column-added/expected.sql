-- pgdrift migration · pair adhoc · fingerprint b40e9212dceb
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (3 added, 0 removed, 0 altered) · 3 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · column public.users.created_at
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.users (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.users ADD COLUMN created_at timestamp with time zone DEFAULT now() NOT NULL;

-- staging ahead · column public.users.nickname
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.users (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.users ADD COLUMN nickname character varying(40);

-- staging ahead · column public.users.score
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.users (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.users ADD COLUMN score integer DEFAULT 0;

COMMIT;
