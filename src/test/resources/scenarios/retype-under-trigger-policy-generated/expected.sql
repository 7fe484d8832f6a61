-- pgdrift migration · pair adhoc · fingerprint 36a1aaed9236
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 0 removed, 2 altered) · 8 statements, 7 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · policy public.items.items_positive
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.items (no row estimate yet, 0 B), blocking reads and writes while it runs
DROP POLICY items_positive ON public.items;

-- staging ahead · trigger public.items.items_qty
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.items (no row estimate yet, 0 B), blocking reads and writes while it runs
DROP TRIGGER items_qty ON public.items;

-- staging ahead · column public.items.doubled
-- hazard, data loss: drops column doubled of public.items (no row estimate yet, 0 B) and its data
-- hazard, ACCESS EXCLUSIVE lock: dropping the column takes an ACCESS EXCLUSIVE lock on public.items (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.items DROP COLUMN doubled;

SET statement_timeout = '0';

-- staging ahead · column public.items.qty · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.items (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.items (no row estimate yet, 0 B) and rebuilds its indexes (integer to bigint is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
ALTER TABLE public.items ALTER COLUMN qty TYPE bigint;

COMMIT;

-- staging ahead · column public.items.qty · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.items (qty);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · column public.items.doubled
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.items (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: computes the stored generated column for every row, rewriting public.items (no row estimate yet, 0 B)
ALTER TABLE public.items ADD COLUMN doubled bigint GENERATED ALWAYS AS ((qty * 2)) STORED;

-- staging ahead · trigger public.items.items_qty
-- hazard, blocks writes: takes a SHARE ROW EXCLUSIVE lock on public.items (no row estimate yet, 0 B), blocking writes while it runs
CREATE TRIGGER items_qty BEFORE UPDATE ON public.items FOR EACH ROW WHEN ((old.qty IS DISTINCT FROM new.qty)) EXECUTE FUNCTION public.noop();

-- staging ahead · policy public.items.items_positive
-- hazard, ACCESS EXCLUSIVE lock: creating a policy takes an ACCESS EXCLUSIVE lock on public.items (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, access control: adds policy items_positive: changes which rows of public.items (no row estimate yet, 0 B) roles may see or change
CREATE POLICY items_positive ON public.items AS PERMISSIVE FOR ALL TO PUBLIC USING ((qty > 0));

COMMIT;
