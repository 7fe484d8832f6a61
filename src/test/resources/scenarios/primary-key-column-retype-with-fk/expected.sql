-- pgdrift migration · pair adhoc · fingerprint a8bf3929af29
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 0 removed, 2 altered) · 4 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

SET statement_timeout = '0';

-- staging ahead · column public.posts.user_id · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.posts (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.posts (no row estimate yet, 0 B) and rebuilds its indexes (integer to bigint is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
ALTER TABLE public.posts ALTER COLUMN user_id TYPE bigint;

COMMIT;

-- staging ahead · column public.posts.user_id · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.posts (user_id);

BEGIN;

-- staging ahead · column public.users.id · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.users (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.users (no row estimate yet, 0 B) and rebuilds its indexes (integer to bigint is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
ALTER TABLE public.users ALTER COLUMN id TYPE bigint;

COMMIT;

-- staging ahead · column public.users.id · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.users (id);

