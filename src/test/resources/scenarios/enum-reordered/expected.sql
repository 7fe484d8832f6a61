-- pgdrift migration · pair adhoc · fingerprint 5f15027bfa94
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (0 added, 0 removed, 1 altered) · 11 statements, 5 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · view public.big_shirts
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.big_shirts; queries on it fail until it is recreated
DROP VIEW public.big_shirts;

COMMIT;

BEGIN;

-- staging ahead · column public.shirts.s
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.shirts (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.shirts ALTER COLUMN s DROP DEFAULT;

-- staging ahead · enum public.size
ALTER TYPE public.size RENAME TO size_pgdrift_old;

-- staging ahead · enum public.size
CREATE TYPE public.size AS ENUM ('small', 'medium', 'large');

SET statement_timeout = '0';

-- staging ahead · column public.shirts.s · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.shirts (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.shirts (no row estimate yet, 0 B) to move s onto the recreated type
ALTER TABLE public.shirts ALTER COLUMN s TYPE public.size USING s::text::public.size;

COMMIT;

-- staging ahead · column public.shirts.s · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.shirts (s);

BEGIN;

-- staging ahead · column public.shirts.sizes · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.shirts (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.shirts (no row estimate yet, 0 B) to move sizes onto the recreated type
ALTER TABLE public.shirts ALTER COLUMN sizes TYPE public.size[] USING sizes::text[]::public.size[];

COMMIT;

-- staging ahead · column public.shirts.sizes · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.shirts (sizes);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · column public.shirts.s
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.shirts (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.shirts ALTER COLUMN s SET DEFAULT 'small'::public.size;

COMMIT;

BEGIN;

-- staging ahead · view public.big_shirts
CREATE VIEW public.big_shirts AS
SELECT id FROM public.shirts WHERE (s = 'large'::public.size);

-- staging ahead · enum public.size
DROP TYPE public.size_pgdrift_old;

COMMIT;
