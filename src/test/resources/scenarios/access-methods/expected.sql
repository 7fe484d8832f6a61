-- pgdrift migration · pair adhoc · fingerprint 030ac7486b7f
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 11 changes (5 added, 5 removed, 1 altered) · 7 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · access method old_btree
DROP ACCESS METHOD old_btree;

-- production ahead · table public.archive
-- hazard, data loss: drops table public.archive (no row estimate yet, 0 B) and every row in it
--   safer path: if public.fresh is this table renamed, use ALTER TABLE public.archive RENAME TO fresh instead to keep the rows
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.archive (no row estimate yet, 0 B)
DROP TABLE public.archive;

-- production ahead · access method old_heap
DROP ACCESS METHOD old_heap;

-- staging ahead · access method kept_heap
COMMENT ON ACCESS METHOD kept_heap IS 'new words';

-- staging ahead · access method new_hash
CREATE ACCESS METHOD new_hash TYPE INDEX HANDLER hashhandler;

-- staging ahead · access method new_heap
CREATE ACCESS METHOD new_heap TYPE TABLE HANDLER heap_tableam_handler;

-- staging ahead · table public.fresh
CREATE TABLE public.fresh (
    id integer,
    note text
) USING new_heap;

COMMIT;
