-- pgdrift migration · pair adhoc · fingerprint 1c6f826ffd41
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (0 added, 0 removed, 1 altered) · 4 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql

BEGIN;

-- staging ahead · enum public.color
ALTER TYPE public.color RENAME TO color_pgdrift_old;

-- staging ahead · enum public.color
-- hazard, data loss: labels grene of public.color are removed: rows holding them make the column conversion fail
--   safer path: update those rows to a remaining label first
CREATE TYPE public.color AS ENUM ('red', 'green', 'blue');

-- staging ahead · column public.paints.c
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.paints, blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.paints to move c onto the recreated type
-- hazard, data loss: rows holding grene cannot be converted and make the statement fail
--   safer path: update those rows first
ALTER TABLE public.paints ALTER COLUMN c TYPE public.color USING c::text::public.color;

-- staging ahead · enum public.color
DROP TYPE public.color_pgdrift_old;

COMMIT;
