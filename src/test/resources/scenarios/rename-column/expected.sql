-- pgdrift migration · pair adhoc · fingerprint b3e2e65d5c8f
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (2 added, 2 removed, 0 altered) · 4 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

SET statement_timeout = '0';

-- production ahead · index public.person.person_fullname · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, queries may slow down: queries on public.person (no row estimate yet, 0 B) that use index person_fullname fall back to other indexes or a full scan
--   safer path: check pg_stat_user_indexes.idx_scan for it in production first
DROP INDEX CONCURRENTLY public.person_fullname;

BEGIN;

SET statement_timeout = '1min';

-- production ahead · column public.person.fullname
-- hazard, data loss: drops column fullname of public.person (no row estimate yet, 0 B) and its data
--   safer path: if full_name is fullname renamed, ALTER TABLE public.person RENAME COLUMN fullname TO full_name keeps the data (instead of this DROP and the ADD)
-- hazard, ACCESS EXCLUSIVE lock: dropping the column takes an ACCESS EXCLUSIVE lock on public.person (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.person DROP COLUMN fullname;

-- staging ahead · column public.person.full_name
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.person (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.person ADD COLUMN full_name text;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.person.person_full_name · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.person (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE INDEX CONCURRENTLY person_full_name ON public.person USING btree (full_name);

