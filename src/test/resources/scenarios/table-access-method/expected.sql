-- pgdrift migration · pair adhoc · fingerprint cc68912d5c36
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (1 added, 0 removed, 3 altered) · 4 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

SET statement_timeout = '0';

-- staging ahead · table public.events · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing the access method takes an ACCESS EXCLUSIVE lock on public.events (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.events (no row estimate yet, 0 B) and writes it all to WAL
ALTER TABLE public.events SET ACCESS METHOD heap_copy;

COMMIT;

BEGIN;

-- staging ahead · table public.moved_back · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing the access method takes an ACCESS EXCLUSIVE lock on public.moved_back (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.moved_back (no row estimate yet, 0 B) and writes it all to WAL
ALTER TABLE public.moved_back SET ACCESS METHOD heap;

COMMIT;

BEGIN;

-- staging ahead · materialized view public.event_ids · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing the access method takes an ACCESS EXCLUSIVE lock on public.event_ids (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.event_ids (no row estimate yet, 0 B) and writes it all to WAL
ALTER MATERIALIZED VIEW public.event_ids SET ACCESS METHOD heap_copy;

SET statement_timeout = '1min';

-- staging ahead · materialized view public.new_ids
CREATE MATERIALIZED VIEW public.new_ids USING heap_copy AS
SELECT id FROM public.events
WITH DATA;

COMMIT;
