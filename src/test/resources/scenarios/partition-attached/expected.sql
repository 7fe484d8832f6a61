-- pgdrift migration · pair adhoc · fingerprint 0d8a4230c718
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (0 added, 3 removed, 1 altered) · 1 statement, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · table public.measurements_2024
-- hazard, full-table validation scan: scans public.measurements_2024 (no row estimate yet, 0 B) to check that every row fits the bound while holding an ACCESS EXCLUSIVE lock on it
--   safer path: add a CHECK constraint matching the bound (validated) first: the scan is then skipped
ALTER TABLE public.measurements ATTACH PARTITION public.measurements_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

COMMIT;
