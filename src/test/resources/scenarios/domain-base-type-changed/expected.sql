-- pgdrift migration · pair adhoc · fingerprint 4e8812d705e7
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (0 added, 0 removed, 1 altered) · 5 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · domain public.code
ALTER DOMAIN public.code RENAME TO code_pgdrift_old;

-- staging ahead · domain public.code
CREATE DOMAIN public.code AS text CONSTRAINT code_check CHECK ((VALUE <> ''::text));

SET statement_timeout = '0';

-- staging ahead · column public.items.c · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.items (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.items (no row estimate yet, 0 B) to move c onto the recreated type
ALTER TABLE public.items ALTER COLUMN c TYPE public.code USING c::text::public.code;

COMMIT;

-- staging ahead · column public.items.c · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.items (c);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · domain public.code
DROP DOMAIN public.code_pgdrift_old;

COMMIT;
