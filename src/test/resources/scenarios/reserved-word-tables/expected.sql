-- pgdrift migration · pair adhoc · fingerprint 24ee84ce4fa1
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 11 changes (6 added, 3 removed, 2 altered) · 9 statements, 5 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · table public.select
-- hazard, data loss: drops table public.select (no row estimate yet, 0 B) and every row in it
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.select (no row estimate yet, 0 B)
DROP TABLE public."select";

COMMIT;

BEGIN;

SET statement_timeout = '0';

-- staging ahead · column public.user.id · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.user (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.user (no row estimate yet, 0 B) and rebuilds its indexes (integer to bigint is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
ALTER TABLE public."user" ALTER COLUMN id TYPE bigint;

COMMIT;

-- staging ahead · column public.user.id · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public."user" (id);

BEGIN;

-- staging ahead · column public.user.order · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.user (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.user (no row estimate yet, 0 B) and rebuilds its indexes (integer to bigint is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no online form of this statement, so it stays blocking in --mode online too
--   safer path: add a new column, backfill it in batches, then swap the columns
ALTER TABLE public."user" ALTER COLUMN "order" TYPE bigint;

COMMIT;

-- staging ahead · column public.user.order · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public."user" ("order");

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · table public.order
CREATE TABLE public."order" (
    "user" integer,
    "table" text
);

-- staging ahead · column public.user.check
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.user (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public."user" ADD COLUMN "check" boolean DEFAULT true;

-- staging ahead · view public.group
CREATE VIEW public."group" AS
SELECT "order" FROM public."user";

-- staging ahead · constraint public.order.order_user_fkey
-- hazard, full-table validation scan: checks every row of public.order against public.user while holding its lock
--   safer path: add it NOT VALID, then ALTER TABLE public."order" VALIDATE CONSTRAINT order_user_fkey in a separate transaction
-- hazard, blocks writes: takes SHARE ROW EXCLUSIVE locks on public.order and public.user
ALTER TABLE public."order" ADD CONSTRAINT order_user_fkey FOREIGN KEY ("user") REFERENCES public."user"(id);

COMMIT;
