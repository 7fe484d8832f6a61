-- pgdrift migration · pair adhoc · fingerprint aa7ccfdbbb4b
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 0 removed, 2 altered) · 2 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · column public.stamps.id
-- hazard, ACCESS EXCLUSIVE lock: changing an identity takes an ACCESS EXCLUSIVE lock on public.stamps (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.stamps ALTER COLUMN id SET INCREMENT BY 5 SET CACHE 20;

COMMIT;

BEGIN;

-- staging ahead · column public.tickets.id
-- hazard, ACCESS EXCLUSIVE lock: changing an identity takes an ACCESS EXCLUSIVE lock on public.tickets (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.tickets ALTER COLUMN id SET GENERATED ALWAYS SET START WITH 1000;

COMMIT;
