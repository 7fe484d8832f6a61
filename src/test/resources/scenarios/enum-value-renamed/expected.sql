-- pgdrift migration · pair adhoc · fingerprint 1c6f826ffd41
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (0 added, 0 removed, 1 altered) · 5 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · enum public.color
ALTER TYPE public.color RENAME TO color_pgdrift_old;

-- staging ahead · enum public.color
-- hazard, data loss: labels grene of public.color are removed: rows holding them make the column conversion fail
--   safer path: if a label was renamed, ALTER TYPE public.color RENAME VALUE 'grene' TO 'green'; keeps the rows without recreating the type or rewriting a table; else update those rows to a remaining label first
CREATE TYPE public.color AS ENUM ('red', 'green', 'blue');

SET statement_timeout = '0';

-- staging ahead · column public.paints.c · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.paints (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.paints (no row estimate yet, 0 B) to move c onto the recreated type
-- hazard, data loss: rows holding grene cannot be converted and make the statement fail (public.paints: no row estimate yet, 0 B)
--   safer path: update those rows first
ALTER TABLE public.paints ALTER COLUMN c TYPE public.color USING c::text::public.color;

COMMIT;

-- staging ahead · column public.paints.c · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.paints (c);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · enum public.color
DROP TYPE public.color_pgdrift_old;

COMMIT;
