-- pgdrift migration · pair adhoc · fingerprint 2b79a0f4aa5a
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 7 changes (5 added, 0 removed, 2 altered) · 7 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · table public.fresh
CREATE TABLE public.fresh (
    id integer NOT NULL,
    at date,
    CONSTRAINT fresh_pkey PRIMARY KEY (id)
);

-- staging ahead · index public.fresh.fresh_at
CREATE INDEX fresh_at ON public.fresh USING btree (at);

-- staging ahead · table public.ev
ALTER TABLE public.ev CLUSTER ON ev_pkey;

-- staging ahead · table public.ev
-- hazard, ACCESS EXCLUSIVE lock: changing the replica identity takes an ACCESS EXCLUSIVE lock on public.ev (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.ev REPLICA IDENTITY USING INDEX ev_code;

-- staging ahead · table public.fresh
ALTER TABLE public.fresh REPLICA IDENTITY USING INDEX fresh_pkey;

-- staging ahead · table public.fresh
ALTER TABLE public.fresh CLUSTER ON fresh_at;

COMMIT;

BEGIN;

-- staging ahead · table public.log
-- hazard, ACCESS EXCLUSIVE lock: changing the replica identity takes an ACCESS EXCLUSIVE lock on public.log (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.log REPLICA IDENTITY FULL;

COMMIT;
