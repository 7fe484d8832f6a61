-- pgdrift migration · pair adhoc · fingerprint 29d63bf524f3
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 7 changes (4 added, 0 removed, 3 altered) · 6 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · table public.loses_type
-- hazard, ACCESS EXCLUSIVE lock: unbinding a typed table takes an ACCESS EXCLUSIVE lock on public.loses_type (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.loses_type NOT OF;

COMMIT;

BEGIN;

-- staging ahead · table public.becomes_typed
-- hazard, ACCESS EXCLUSIVE lock: binding a table to a type takes an ACCESS EXCLUSIVE lock on public.becomes_typed (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.becomes_typed OF public.pair;

-- staging ahead · table public.new_typed
CREATE TABLE public.new_typed (
    a integer NOT NULL,
    b text COLLATE "C" DEFAULT 'x'::text
);

-- staging ahead · table public.new_typed
ALTER TABLE public.new_typed OF public.pair;

COMMIT;

BEGIN;

-- staging ahead · column public.gains_parent.p
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.gains_parent (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.gains_parent ADD COLUMN p integer;

-- staging ahead · table public.gains_parent
-- hazard, ACCESS EXCLUSIVE lock: changing inheritance takes an ACCESS EXCLUSIVE lock on public.gains_parent (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.gains_parent INHERIT public.parent_row;

COMMIT;
