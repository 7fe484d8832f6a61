-- pgdrift migration · pair adhoc · fingerprint 36aed3cab7f1
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 5 changes (3 added, 1 removed, 1 altered) · 7 statements, 5 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

SET statement_timeout = '0';

-- production ahead · index public.docs.docs_old_idx · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, queries may slow down: queries on public.docs (no row estimate yet, 0 B) that use index docs_old_idx fall back to other indexes or a full scan
--   safer path: check pg_stat_user_indexes.idx_scan for it in production first
DROP INDEX CONCURRENTLY public.docs_old_idx;

-- staging ahead · index public.docs.docs_body_hash_idx · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.docs (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE INDEX CONCURRENTLY docs_body_hash_idx ON public.docs USING hash (body);

-- staging ahead · index public.docs.docs_changed_idx_pgdrift_new · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.docs (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE INDEX CONCURRENTLY docs_changed_idx_pgdrift_new ON public.docs USING btree (owner) INCLUDE (title) WHERE (deleted_at IS NULL);

-- staging ahead · index public.docs.docs_changed_idx · runs outside a transaction · no statement_timeout: it reads every row
DROP INDEX CONCURRENTLY public.docs_changed_idx;

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · index public.docs.docs_changed_idx
ALTER INDEX public.docs_changed_idx_pgdrift_new RENAME TO docs_changed_idx;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.docs.docs_lower_title_idx · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.docs (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE UNIQUE INDEX CONCURRENTLY docs_lower_title_idx ON public.docs USING btree (lower(title)) WHERE (deleted_at IS NULL);

-- staging ahead · index public.docs.docs_owner_desc_idx · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.docs (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE INDEX CONCURRENTLY docs_owner_desc_idx ON public.docs USING btree (owner DESC NULLS LAST);

