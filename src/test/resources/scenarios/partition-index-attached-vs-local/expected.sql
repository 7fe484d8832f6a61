-- pgdrift migration · pair adhoc · fingerprint 88a250bec5f9
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 10 changes (4 added, 5 removed, 1 altered) · 14 statements, 6 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · index public.b.b_at_idx
-- hazard, ACCESS EXCLUSIVE lock: PostgreSQL cannot drop an index of a partitioned table CONCURRENTLY: takes an ACCESS EXCLUSIVE lock on public.b (no row estimate yet, 0 B) and every partition
DROP INDEX public.b_at_idx;

COMMIT;

SET statement_timeout = '0';

-- production ahead · index public.d_2024.d_2024_at_idx · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, queries may slow down: queries on public.d_2024 (no row estimate yet, 0 B) that use index d_2024_at_idx fall back to other indexes or a full scan
--   safer path: check pg_stat_user_indexes.idx_scan for it in production first
-- hazard, queries may slow down: production's own index d_2024_at_idx is not attached to the parent's new index d_at_idx: their definitions differ, so it is dropped and the partition's index is built (public.d_2024: no row estimate yet, 0 B)
DROP INDEX CONCURRENTLY public.d_2024_at_idx;

BEGIN;

SET statement_timeout = '1min';

-- production ahead · index public.e.e_at_idx
-- hazard, ACCESS EXCLUSIVE lock: PostgreSQL cannot drop an index of a partitioned table CONCURRENTLY: takes an ACCESS EXCLUSIVE lock on public.e (no row estimate yet, 0 B) and every partition
-- hazard, queries may slow down: queries on public.e (no row estimate yet, 0 B) that use index e_at_idx fall back to other indexes or a full scan
--   safer path: check pg_stat_user_indexes.idx_scan for it in production first
DROP INDEX public.e_at_idx;

COMMIT;

BEGIN;

-- staging ahead · index public.a.a_at_idx
CREATE INDEX a_at_idx ON ONLY public.a USING btree (at);

COMMIT;

BEGIN;

-- staging ahead · index public.a_2024.a_2024_at_idx
ALTER INDEX public.a_at_idx ATTACH PARTITION public.a_2024_at_idx;

COMMIT;

BEGIN;

-- staging ahead · index public.b.b_at_idx
-- hazard, cannot run in a transaction: production's index b_at_idx is invalid (a concurrent build failed part-way); queries do not use it: it is built again (public.b: no row estimate yet, 0 B)
CREATE INDEX b_at_idx ON ONLY public.b USING btree (at);

COMMIT;

BEGIN;

-- staging ahead · index public.b_2024.b_2024_at_idx
ALTER INDEX public.b_at_idx ATTACH PARTITION public.b_2024_at_idx;

COMMIT;

BEGIN;

-- staging ahead · index public.c.c_at_idx
CREATE INDEX c_at_idx ON ONLY public.c USING btree (at);

COMMIT;

BEGIN;

-- staging ahead · index public.c_2024.c_2024_at_idx
ALTER INDEX public.c_2024_hotfix RENAME TO c_2024_at_idx;

-- staging ahead · index public.c_2024.c_2024_at_idx
ALTER INDEX public.c_at_idx ATTACH PARTITION public.c_2024_at_idx;

COMMIT;

BEGIN;

-- staging ahead · index public.d.d_at_idx
CREATE INDEX d_at_idx ON ONLY public.d USING btree (at);

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.d_2024.d_2024_at_idx · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.d_2024 (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE INDEX CONCURRENTLY d_2024_at_idx ON public.d_2024 USING btree (at);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · index public.d_2024.d_2024_at_idx
ALTER INDEX public.d_at_idx ATTACH PARTITION public.d_2024_at_idx;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.e_2024.e_2024_at_idx · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.e_2024 (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
-- hazard, queries may slow down: production's index of public.e_2024 (no row estimate yet, 0 B) of this definition is attached to e_at_idx, which goes; PostgreSQL cannot detach an index from its parent, so it is dropped with it and built again: queries on public.e_2024 have no such index in between
CREATE INDEX CONCURRENTLY e_2024_at_idx ON public.e_2024 USING btree (at);

