-- pgdrift migration · pair adhoc · fingerprint ef9bbd954c54
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (2 added, 0 removed, 1 altered) · 4 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · enum public.priority
CREATE TYPE public.priority AS ENUM ('low', 'high');

SET statement_timeout = '0';

-- staging ahead · column public.tasks.p · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.tasks (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.tasks (no row estimate yet, 0 B) and rebuilds its indexes (text to public.priority is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
-- hazard, data loss: converts text to public.priority: values that do not fit fail the statement or lose precision (public.tasks: no row estimate yet, 0 B)
--   safer path: check the data first
ALTER TABLE public.tasks ALTER COLUMN p TYPE public.priority USING p::public.priority;

COMMIT;

-- staging ahead · column public.tasks.p · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.tasks (p);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · enum public.unused_kind
CREATE TYPE public.unused_kind AS ENUM ('a', 'b''s');

COMMIT;
