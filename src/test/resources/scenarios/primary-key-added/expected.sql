-- pgdrift migration · pair adhoc · fingerprint 13c5bd414600
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (1 added, 0 removed, 1 altered) · 6 statements, 5 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · column public.tags.id
-- hazard, ACCESS EXCLUSIVE lock: adding a NOT VALID check (no scan) takes an ACCESS EXCLUSIVE lock on public.tags (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.tags ADD CONSTRAINT tags_id_pgdrift_not_null CHECK (id IS NOT NULL) NOT VALID;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · column public.tags.id · runs in a transaction of its own · no statement_timeout: it reads every row
-- hazard, full-table validation scan: checks every row of public.tags (no row estimate yet, 0 B) (under a SHARE UPDATE EXCLUSIVE lock: reads and writes continue)
ALTER TABLE public.tags VALIDATE CONSTRAINT tags_id_pgdrift_not_null;

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · column public.tags.id
-- hazard, ACCESS EXCLUSIVE lock: SET NOT NULL (no scan: the validated check proves it) takes an ACCESS EXCLUSIVE lock on public.tags (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.tags ALTER COLUMN id SET NOT NULL;

-- staging ahead · column public.tags.id
ALTER TABLE public.tags DROP CONSTRAINT tags_id_pgdrift_not_null;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.tags.tags_pkey · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.tags (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE UNIQUE INDEX CONCURRENTLY tags_pkey ON public.tags USING btree (id);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · constraint public.tags.tags_pkey
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.tags (no row estimate yet, 0 B) for a catalog change only (no scan)
ALTER TABLE public.tags ADD CONSTRAINT tags_pkey PRIMARY KEY USING INDEX tags_pkey;

COMMIT;
