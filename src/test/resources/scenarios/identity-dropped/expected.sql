-- pgdrift migration · pair adhoc · fingerprint 6592d259b681
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (0 added, 0 removed, 1 altered) · 1 statement, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · column public.tickets.id
-- hazard, ACCESS EXCLUSIVE lock: dropping an identity takes an ACCESS EXCLUSIVE lock on public.tickets (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.tickets ALTER COLUMN id DROP IDENTITY;

COMMIT;
