-- pgdrift migration · pair adhoc · fingerprint 30cc2cc4c473
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 2 removed, 0 altered) · 2 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · column public.props.attrs
-- hazard, data loss: drops column attrs of public.props (no row estimate yet, 0 B) and its data
-- hazard, ACCESS EXCLUSIVE lock: dropping the column takes an ACCESS EXCLUSIVE lock on public.props (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.props DROP COLUMN attrs;

-- production ahead · extension hstore
-- hazard, data loss: drops extension hstore and every object it created
DROP EXTENSION hstore;

COMMIT;
