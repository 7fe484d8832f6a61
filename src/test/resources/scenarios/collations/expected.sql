-- pgdrift migration · pair adhoc · fingerprint 4d56642b1d0f
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 6 changes (3 added, 1 removed, 2 altered) · 6 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · collation public.old_sort
DROP COLLATION public.old_sort;

-- staging ahead · collation public.reshaped
DROP COLLATION public.reshaped;

-- staging ahead · collation public.Described
COMMENT ON COLLATION public."Described" IS 'new words';

-- staging ahead · collation public.new_sort
CREATE COLLATION public.new_sort (PROVIDER = libc, LC_COLLATE = 'C', LC_CTYPE = 'C');

-- staging ahead · collation public.reshaped
CREATE COLLATION public.reshaped (PROVIDER = libc, LC_COLLATE = 'C', LC_CTYPE = 'POSIX');

-- staging ahead · table public.fresh
CREATE TABLE public.fresh (
    code text COLLATE public.new_sort
);

COMMIT;
