-- pgdrift migration · pair adhoc · fingerprint 70c4073b0078
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (1 added, 1 removed, 1 altered) · 4 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · column public.things.id
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.things (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.things ALTER COLUMN id DROP DEFAULT;

-- production ahead · sequence public.old_ids
-- hazard, data loss: drops sequence public.old_ids and its current value
DROP SEQUENCE public.old_ids;

-- staging ahead · sequence public.new_ids
CREATE SEQUENCE public.new_ids AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 100 CACHE 1 NO CYCLE;

-- production ahead · column public.things.id
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.things (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.things ALTER COLUMN id SET DEFAULT nextval('public.new_ids'::regclass);

COMMIT;
