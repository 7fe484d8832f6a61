-- pgdrift migration · pair adhoc · fingerprint 145aa59d04fe
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 5 changes (2 added, 0 removed, 3 altered) · 12 statements, 7 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function public.series(n integer)
SET check_function_bodies = false;

-- staging ahead · function public.series(n integer)
CREATE OR REPLACE FUNCTION public.series(n integer)
 RETURNS SETOF integer
 LANGUAGE sql
 SUPPORT generate_series_int4_support
AS $function$ SELECT generate_series(1, n) $function$;

-- staging ahead · trigger public.reading.reading_audit
-- hazard, blocks writes: takes a SHARE ROW EXCLUSIVE lock on public.reading (no row estimate yet, 0 B), blocking writes (not reads) while it runs
ALTER TABLE public.reading DISABLE TRIGGER reading_audit;

-- staging ahead · trigger public.reading.reading_audit
-- hazard, blocks writes: takes a SHARE ROW EXCLUSIVE lock on public.reading_2024, blocking writes (not reads) while it runs (public.reading: no row estimate yet, 0 B)
ALTER TABLE public.reading_2024 ENABLE ALWAYS TRIGGER reading_audit;

-- staging ahead · trigger public.reading.reading_audit
-- hazard, blocks writes: takes a SHARE ROW EXCLUSIVE lock on public.reading_2025_eu, blocking writes (not reads) while it runs (public.reading: no row estimate yet, 0 B)
ALTER TABLE public.reading_2025_eu DISABLE TRIGGER reading_audit;

-- staging ahead · trigger public.reading.reading_check
-- hazard, blocks writes: takes a SHARE ROW EXCLUSIVE lock on public.reading_2025, blocking writes (not reads) while it runs (public.reading: no row estimate yet, 0 B)
ALTER TABLE public.reading_2025 DISABLE TRIGGER reading_check;

-- staging ahead · trigger public.reading.reading_check
-- hazard, blocks writes: takes a SHARE ROW EXCLUSIVE lock on public.reading_2025_us, blocking writes (not reads) while it runs (public.reading: no row estimate yet, 0 B)
ALTER TABLE public.reading_2025_us ENABLE TRIGGER reading_check;

-- staging ahead · trigger public.reading.reading_check
-- hazard, blocks writes: takes a SHARE ROW EXCLUSIVE lock on public.reading_2024, blocking writes (not reads) while it runs (public.reading: no row estimate yet, 0 B)
ALTER TABLE public.reading_2024 ENABLE TRIGGER reading_check;

-- staging ahead · table public.reading_2026
CREATE TABLE public.reading_2026 PARTITION OF public.reading FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

-- staging ahead · trigger public.reading.reading_audit
ALTER TABLE public.reading_2026 ENABLE TRIGGER reading_audit;

-- staging ahead · trigger public.reading.reading_purge
-- hazard, blocks writes: takes a SHARE ROW EXCLUSIVE lock on public.reading (no row estimate yet, 0 B), blocking writes while it runs
CREATE TRIGGER reading_purge AFTER DELETE ON public.reading FOR EACH ROW EXECUTE FUNCTION public.stamp();

-- staging ahead · trigger public.reading.reading_purge
ALTER TABLE public.reading_2024 DISABLE TRIGGER reading_purge;

COMMIT;
