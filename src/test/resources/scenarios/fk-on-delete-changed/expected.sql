-- pgdrift migration · pair adhoc · fingerprint e07ec6626f7c
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (1 added, 0 removed, 1 altered) · 4 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · constraint public.post.post_author_fk
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.post (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.post DROP CONSTRAINT post_author_fk;

-- staging ahead · constraint public.post.post_author_fk
-- hazard, blocks writes: takes SHARE ROW EXCLUSIVE locks on public.post (no row estimate yet, 0 B) and public.author for a catalog change only (no scan)
ALTER TABLE public.post ADD CONSTRAINT post_author_fk FOREIGN KEY (author_id) REFERENCES public.author(id) ON UPDATE CASCADE ON DELETE SET NULL NOT VALID;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · constraint public.post.post_author_fk · runs in a transaction of its own · no statement_timeout: it reads every row
-- hazard, full-table validation scan: checks every row of public.post (no row estimate yet, 0 B) (under a SHARE UPDATE EXCLUSIVE lock: reads and writes continue)
ALTER TABLE public.post VALIDATE CONSTRAINT post_author_fk;

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · constraint public.post.post_editor_id_fkey
-- hazard, blocks writes: takes SHARE ROW EXCLUSIVE locks on public.post (no row estimate yet, 0 B) and public.author
ALTER TABLE public.post ADD CONSTRAINT post_editor_id_fkey FOREIGN KEY (editor_id) REFERENCES public.author(id) NOT VALID;

COMMIT;
