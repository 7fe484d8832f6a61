-- pgdrift migration · pair adhoc · fingerprint bfb6655301c2
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (2 added, 0 removed, 1 altered) · 3 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · table public.hot
ALTER TABLE public.hot RESET (autovacuum_enabled);

-- staging ahead · table public.hot
ALTER TABLE public.hot SET (fillfactor=80, autovacuum_vacuum_scale_factor=0.05);

-- staging ahead · table public.cold
CREATE TABLE public.cold (
    id integer
) WITH (fillfactor=50);

COMMIT;
