-- pgdrift migration · pair adhoc · fingerprint 7e845792921c
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 0 removed, 2 altered) · 17 statements, 9 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function public.is_high(l public.level)
SET check_function_bodies = false;

-- staging ahead · function public.is_high(l public.level)
DROP FUNCTION public.is_high(l public.level);

-- staging ahead · view public.urgent
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.urgent; queries on it fail until it is recreated
DROP VIEW public.urgent;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.alert.alert_high · runs outside a transaction · no statement_timeout: it reads every row
DROP INDEX CONCURRENTLY public.alert_high;

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · constraint public.alert.alert_lvl_check
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.alert (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.alert DROP CONSTRAINT alert_lvl_check;

-- staging ahead · column public.alert.lvl
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.alert (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.alert ALTER COLUMN lvl DROP DEFAULT;

-- staging ahead · enum public.level
ALTER TYPE public.level RENAME TO level_pgdrift_old;

-- staging ahead · enum public.level
-- hazard, data loss: labels low of public.level are removed: rows holding them make the column conversion fail
--   safer path: if a label was renamed, ALTER TYPE public.level RENAME VALUE 'low' TO 'minor'; keeps the rows without recreating the type or rewriting a table; else update those rows to a remaining label first
CREATE TYPE public.level AS ENUM ('minor', 'mid', 'high', 'critical');

SET statement_timeout = '0';

-- staging ahead · column public.alert.lvl · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.alert (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: rewrites public.alert (no row estimate yet, 0 B) to move lvl onto the recreated type
-- hazard, data loss: rows holding low cannot be converted and make the statement fail (public.alert: no row estimate yet, 0 B)
--   safer path: update those rows first
ALTER TABLE public.alert ALTER COLUMN lvl TYPE public.level USING lvl::text::public.level;

COMMIT;

-- staging ahead · column public.alert.lvl · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.alert (lvl);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · column public.alert.lvl
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.alert (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.alert ALTER COLUMN lvl SET DEFAULT 'minor'::public.level;

-- staging ahead · constraint public.alert.alert_lvl_check
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.alert (no row estimate yet, 0 B) for a catalog change only (no scan)
ALTER TABLE public.alert ADD CONSTRAINT alert_lvl_check CHECK ((lvl <> 'mid'::public.level)) NOT VALID;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.alert.alert_high · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.alert (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE INDEX CONCURRENTLY alert_high ON public.alert USING btree (id) WHERE (lvl = 'high'::public.level);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · view public.urgent
CREATE VIEW public.urgent AS
SELECT id FROM public.alert WHERE (lvl = 'high'::public.level);

-- staging ahead · function public.is_high(l public.level)
CREATE OR REPLACE FUNCTION public.is_high(l public.level)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT l = 'high' $function$;

-- staging ahead · enum public.level
DROP TYPE public.level_pgdrift_old;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · constraint public.alert.alert_lvl_check · runs in a transaction of its own · no statement_timeout: it reads every row
-- hazard, full-table validation scan: checks every row of public.alert (no row estimate yet, 0 B) (under a SHARE UPDATE EXCLUSIVE lock: reads and writes continue)
ALTER TABLE public.alert VALIDATE CONSTRAINT alert_lvl_check;

