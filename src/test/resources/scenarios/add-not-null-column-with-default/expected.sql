-- pgdrift migration · pair adhoc · fingerprint 244700314f3e
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (2 added, 0 removed, 0 altered) · 2 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · column public.account.active
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.account (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.account ADD COLUMN active boolean DEFAULT true NOT NULL;

-- staging ahead · column public.account.created_at
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.account (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.account ADD COLUMN created_at timestamp with time zone DEFAULT now() NOT NULL;

COMMIT;
