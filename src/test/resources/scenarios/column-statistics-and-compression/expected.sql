-- pgdrift migration · pair adhoc · fingerprint 2b1a8c96af6d
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 6 changes (3 added, 0 removed, 3 altered) · 9 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · column public.doc.body
ALTER TABLE public.doc ALTER COLUMN body SET STATISTICS 500;

-- staging ahead · column public.doc.body
-- hazard, ACCESS EXCLUSIVE lock: changing compression takes an ACCESS EXCLUSIVE lock on public.doc (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.doc ALTER COLUMN body SET COMPRESSION pglz;

-- staging ahead · column public.doc.id
ALTER TABLE public.doc ALTER COLUMN id RESET (n_distinct);

-- staging ahead · column public.doc.title
ALTER TABLE public.doc ALTER COLUMN title SET STATISTICS -1;

-- staging ahead · column public.doc.title
ALTER TABLE public.doc ALTER COLUMN title SET (n_distinct=200, n_distinct_inherited=300);

-- staging ahead · table public.note
CREATE TABLE public.note (
    id integer,
    txt text
);

-- staging ahead · column public.note.id
ALTER TABLE public.note ALTER COLUMN id SET (n_distinct=-0.5);

-- staging ahead · column public.note.txt
ALTER TABLE public.note ALTER COLUMN txt SET STATISTICS 10;

-- staging ahead · column public.note.txt
ALTER TABLE public.note ALTER COLUMN txt SET COMPRESSION pglz;

COMMIT;
