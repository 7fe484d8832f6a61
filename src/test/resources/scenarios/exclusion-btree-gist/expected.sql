-- pgdrift migration · pair adhoc · fingerprint 73b2a4917e4f
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (1 added, 0 removed, 0 altered) · 1 statement, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · constraint public.reservations.reservations_room_overlap
-- hazard, ACCESS EXCLUSIVE lock: adding a constraint takes an ACCESS EXCLUSIVE lock on public.reservations (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, blocks writes: builds an index on public.reservations (no row estimate yet, 0 B) while holding the lock
ALTER TABLE public.reservations ADD CONSTRAINT reservations_room_overlap EXCLUDE USING gist (room WITH =, during WITH &&);

COMMIT;
