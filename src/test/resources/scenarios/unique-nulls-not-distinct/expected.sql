-- pgdrift migration · pair adhoc · fingerprint c5570e3f9127
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (2 added, 0 removed, 0 altered) · 2 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · constraint public.t.t_a_key
-- hazard, ACCESS EXCLUSIVE lock: adding a constraint takes an ACCESS EXCLUSIVE lock on public.t (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, blocks writes: builds an index on public.t (no row estimate yet, 0 B) while holding the lock
--   safer path: CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT t_a_key UNIQUE USING INDEX
ALTER TABLE public.t ADD CONSTRAINT t_a_key UNIQUE NULLS NOT DISTINCT (a);

-- staging ahead · index public.t.t_b_idx
-- hazard, blocks writes: builds the index while holding a SHARE lock on public.t (no row estimate yet, 0 B), blocking writes
--   safer path: CREATE INDEX CONCURRENTLY (outside a transaction)
CREATE UNIQUE INDEX t_b_idx ON public.t USING btree (b) NULLS NOT DISTINCT;

COMMIT;
