-- pgdrift migration · pair adhoc · fingerprint 882802a449c7
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (0 added, 3 removed, 0 altered) · 3 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

SET statement_timeout = '0';

-- production ahead · index public.users.users_fax_idx · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, queries may slow down: queries on public.users (no row estimate yet, 0 B) that use index users_fax_idx fall back to other indexes or a full scan
--   safer path: check pg_stat_user_indexes.idx_scan for it in production first
DROP INDEX CONCURRENTLY public.users_fax_idx;

BEGIN;

SET statement_timeout = '1min';

-- production ahead · column public.users.fax
-- hazard, data loss: drops column fax of public.users (no row estimate yet, 0 B) and its data
-- hazard, ACCESS EXCLUSIVE lock: dropping the column takes an ACCESS EXCLUSIVE lock on public.users (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.users DROP COLUMN fax;

-- production ahead · column public.users.legacy_flag
-- hazard, data loss: drops column legacy_flag of public.users (no row estimate yet, 0 B) and its data
-- hazard, ACCESS EXCLUSIVE lock: dropping the column takes an ACCESS EXCLUSIVE lock on public.users (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.users DROP COLUMN legacy_flag;

COMMIT;
