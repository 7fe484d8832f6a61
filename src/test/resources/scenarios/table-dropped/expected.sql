-- pgdrift migration · pair adhoc · fingerprint 8ebf9efcd970
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 6 changes (0 added, 6 removed, 0 altered) · 1 statement, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · table public.legacy_notes
-- hazard, data loss: drops table public.legacy_notes (no row estimate yet, 0 B) and every row in it
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.legacy_notes (no row estimate yet, 0 B)
DROP TABLE public.legacy_notes;

COMMIT;
