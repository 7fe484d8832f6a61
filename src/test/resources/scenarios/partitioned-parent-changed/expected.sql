-- pgdrift migration · pair adhoc · fingerprint c0cb5bfc2dc4
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (3 added, 0 removed, 1 altered) · 9 statements, 5 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

SET statement_timeout = '0';

-- staging ahead · column public.log.msg · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.log (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.log (no row estimate yet, 0 B) and rebuilds its indexes (text to character varying(500) is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
-- hazard, data loss: converts text to character varying(500): values that do not fit fail the statement or lose precision (public.log: no row estimate yet, 0 B)
--   safer path: check the data first
ALTER TABLE public.log ALTER COLUMN msg TYPE character varying(500);

COMMIT;

-- staging ahead · column public.log.msg · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.log (msg);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · column public.log.level
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.log (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.log ADD COLUMN level smallint DEFAULT 0 NOT NULL;

-- staging ahead · constraint public.log.log_pk
-- hazard, ACCESS EXCLUSIVE lock: adding a constraint takes an ACCESS EXCLUSIVE lock on public.log (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, blocks writes: PostgreSQL cannot attach a concurrently built index as a constraint of the partitioned table public.log (no row estimate yet, 0 B): the index is built under the lock
ALTER TABLE public.log ADD CONSTRAINT log_pk PRIMARY KEY (id, at);

-- staging ahead · index public.log.log_at
CREATE INDEX log_at ON ONLY public.log USING btree (at);

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.log_2024.log_2024_at_idx · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.log_2024 (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE INDEX CONCURRENTLY log_2024_at_idx ON public.log_2024 USING btree (at);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · index public.log_2024.log_2024_at_idx
ALTER INDEX public.log_at ATTACH PARTITION public.log_2024_at_idx;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.log_2025.log_2025_at_idx · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.log_2025 (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE INDEX CONCURRENTLY log_2025_at_idx ON public.log_2025 USING btree (at);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · index public.log_2025.log_2025_at_idx
ALTER INDEX public.log_at ATTACH PARTITION public.log_2025_at_idx;

COMMIT;
