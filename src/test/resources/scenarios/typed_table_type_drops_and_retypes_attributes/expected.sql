-- pgdrift migration · pair adhoc · fingerprint e66fb76d7a78
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (0 added, 2 removed, 2 altered) · 7 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · view public.reading_labels
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.reading_labels; queries on it fail until it is recreated
DROP VIEW public.reading_labels;

COMMIT;

SET statement_timeout = '0';

-- production ahead · index public.readings.readings_note_idx · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, queries may slow down: queries on public.readings (no row estimate yet, 0 B) that use index readings_note_idx fall back to other indexes or a full scan
--   safer path: check pg_stat_user_indexes.idx_scan for it in production first
DROP INDEX CONCURRENTLY public.readings_note_idx;

BEGIN;

SET statement_timeout = '1min';

-- production ahead · column public.readings.note
-- hazard, data loss: drops column note of public.readings (no row estimate yet, 0 B) and its data
-- hazard, ACCESS EXCLUSIVE lock: dropping the column takes an ACCESS EXCLUSIVE lock on public.readings (no row estimate yet, 0 B), blocking reads and writes while it runs
-- public.readings.note is dropped by ALTER TYPE public.reading ... CASCADE below

SET statement_timeout = '0';

-- staging ahead · composite type public.reading · no statement_timeout: it reads every row
ALTER TYPE public.reading DROP ATTRIBUTE note CASCADE, ALTER ATTRIBUTE label TYPE character varying(80) CASCADE;

SET statement_timeout = '1min';

-- staging ahead · column public.readings.label
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.readings (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.readings (no row estimate yet, 0 B) and rebuilds its indexes (text to character varying(80) is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
-- hazard, data loss: converts text to character varying(80): values that do not fit fail the statement or lose precision (public.readings: no row estimate yet, 0 B)
--   safer path: check the data first
-- public.readings.label is retyped by ALTER TYPE public.reading ... CASCADE above

COMMIT;

SET statement_timeout = '0';

-- staging ahead · column public.readings.label · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.readings (label);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · view public.reading_labels
CREATE VIEW public.reading_labels AS
SELECT id, label FROM public.readings;

COMMIT;
