-- pgdrift migration · pair adhoc · fingerprint 3986861d8851
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (1 added, 2 removed, 1 altered) · 9 statements, 6 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

SET statement_timeout = '0';

-- production ahead · index public.a_2024.a_2024_at_idx · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, queries may slow down: queries on public.a_2024 (no row estimate yet, 0 B) that use index a_2024_at_idx fall back to other indexes or a full scan
--   safer path: check pg_stat_user_indexes.idx_scan for it in production first
DROP INDEX CONCURRENTLY public.a_2024_at_idx;

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · index public.b.b_at_idx
-- hazard, ACCESS EXCLUSIVE lock: PostgreSQL cannot drop an index of a partitioned table CONCURRENTLY: takes an ACCESS EXCLUSIVE lock on public.b (no row estimate yet, 0 B) and every partition
DROP INDEX public.b_at_idx;

COMMIT;

SET statement_timeout = '0';

-- production ahead · index public.b_2024.b_2024_at_idx · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, queries may slow down: queries on public.b_2024 (no row estimate yet, 0 B) that use index b_2024_at_idx fall back to other indexes or a full scan
--   safer path: check pg_stat_user_indexes.idx_scan for it in production first
DROP INDEX CONCURRENTLY public.b_2024_at_idx;

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · index public.a.a_at_idx
CREATE INDEX a_at_idx ON ONLY public.a USING btree (at);

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.a_2024.a_2024_at_idx · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.a_2024 (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE INDEX CONCURRENTLY a_2024_at_idx ON public.a_2024 USING btree (at);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · index public.a_2024.a_2024_at_idx
ALTER INDEX public.a_at_idx ATTACH PARTITION public.a_2024_at_idx;

COMMIT;

BEGIN;

-- staging ahead · index public.b.b_at_idx
-- hazard, cannot run in a transaction: production's index b_at_idx is invalid (a concurrent build failed part-way); queries do not use it: it is built again (public.b: no row estimate yet, 0 B)
CREATE INDEX b_at_idx ON ONLY public.b USING btree (at);

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.b_2024.b_2024_at_idx · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.b_2024 (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE INDEX CONCURRENTLY b_2024_at_idx ON public.b_2024 USING btree (at);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · index public.b_2024.b_2024_at_idx
ALTER INDEX public.b_at_idx ATTACH PARTITION public.b_2024_at_idx;

COMMIT;
