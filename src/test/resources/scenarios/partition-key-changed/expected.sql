-- pgdrift migration · pair adhoc · fingerprint 0176660dc14d
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (2 added, 1 removed, 1 altered) · 7 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · view public.errors
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.errors; queries on it fail until it is recreated
DROP VIEW public.errors;

COMMIT;

BEGIN;

-- staging ahead · table public.logs
-- hazard, data loss: drops table public.logs (no row estimate yet, 0 B) and every row in it
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.logs (no row estimate yet, 0 B)
DROP TABLE public.logs;

-- staging ahead · table public.logs
CREATE TABLE public.logs (
    id bigint NOT NULL,
    at timestamp with time zone NOT NULL,
    level text NOT NULL
) PARTITION BY LIST (level);

-- staging ahead · table public.logs_errors
CREATE TABLE public.logs_errors PARTITION OF public.logs FOR VALUES IN ('error');

-- staging ahead · table public.logs_other
CREATE TABLE public.logs_other PARTITION OF public.logs DEFAULT;

-- staging ahead · index public.logs.logs_at_idx
CREATE INDEX logs_at_idx ON public.logs USING btree (at);

COMMIT;

BEGIN;

-- staging ahead · view public.errors
CREATE VIEW public.errors AS
SELECT id, at FROM public.logs WHERE (level = 'error'::text);

COMMIT;
