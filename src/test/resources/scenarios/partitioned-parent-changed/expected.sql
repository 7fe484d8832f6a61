-- pgdrift migration · pair adhoc · fingerprint 29cc9244f0d5
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (3 added, 0 removed, 1 altered) · 4 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · column public.log.msg
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.log (≈0 rows, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.log (≈0 rows, 0 B) and rebuilds its indexes (text to character varying(500) is not binary coercible)
--   safer path: add a new column, backfill it in batches, then swap the columns
-- hazard, data loss: converts text to character varying(500): values that do not fit fail the statement or lose precision (public.log: ≈0 rows, 0 B)
--   safer path: check the data first
ALTER TABLE public.log ALTER COLUMN msg TYPE character varying(500);

-- staging ahead · column public.log.level
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.log (≈0 rows, 0 B), blocking reads and writes while it runs
ALTER TABLE public.log ADD COLUMN level smallint DEFAULT 0 NOT NULL;

-- staging ahead · constraint public.log.log_pk
-- hazard, ACCESS EXCLUSIVE lock: adding a constraint takes an ACCESS EXCLUSIVE lock on public.log (≈0 rows, 0 B), blocking reads and writes while it runs
-- hazard, blocks writes: builds an index on public.log (≈0 rows, 0 B) while holding the lock
--   safer path: CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT log_pk PRIMARY KEY USING INDEX
ALTER TABLE public.log ADD CONSTRAINT log_pk PRIMARY KEY (id, at);

-- staging ahead · index public.log.log_at
-- hazard, blocks writes: builds the index while holding a SHARE lock on public.log (≈0 rows, 0 B), blocking writes
--   safer path: CREATE INDEX CONCURRENTLY (outside a transaction)
CREATE INDEX log_at ON public.log USING btree (at);

COMMIT;
