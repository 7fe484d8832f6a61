-- pgdrift migration · pair adhoc · fingerprint 3b74a6edb126
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (0 added, 0 removed, 1 altered) · 12 statements, 5 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function public.is_high(x public.priority)
SET check_function_bodies = false;

-- staging ahead · function public.is_high(x public.priority)
DROP FUNCTION public.is_high(x public.priority);

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.tasks.tasks_urgent_idx · runs outside a transaction · no statement_timeout: it reads every row
DROP INDEX CONCURRENTLY public.tasks_urgent_idx;

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · column public.tasks.p
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.tasks (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.tasks ALTER COLUMN p DROP DEFAULT;

-- staging ahead · enum public.priority
ALTER TYPE public.priority RENAME TO priority_pgdrift_old;

-- staging ahead · enum public.priority
-- hazard, data loss: labels urgent of public.priority are removed: rows holding them make the column conversion fail
--   safer path: update those rows to a remaining label first
CREATE TYPE public.priority AS ENUM ('low', 'normal', 'high');

SET statement_timeout = '0';

-- staging ahead · column public.tasks.p · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.tasks (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.tasks (no row estimate yet, 0 B) to move p onto the recreated type
-- hazard, data loss: rows holding urgent cannot be converted and make the statement fail (public.tasks: no row estimate yet, 0 B)
--   safer path: update those rows first
ALTER TABLE public.tasks ALTER COLUMN p TYPE public.priority USING p::text::public.priority;

COMMIT;

-- staging ahead · column public.tasks.p · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.tasks (p);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · column public.tasks.p
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.tasks (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.tasks ALTER COLUMN p SET DEFAULT 'normal'::public.priority;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.tasks.tasks_urgent_idx · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.tasks (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE INDEX CONCURRENTLY tasks_urgent_idx ON public.tasks USING btree (id) WHERE (p = 'high'::public.priority);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · function public.is_high(x public.priority)
CREATE OR REPLACE FUNCTION public.is_high(x public.priority)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT x = 'high' $function$;

-- staging ahead · enum public.priority
DROP TYPE public.priority_pgdrift_old;

COMMIT;
