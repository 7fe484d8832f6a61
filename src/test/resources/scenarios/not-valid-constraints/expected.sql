-- pgdrift migration · pair adhoc · fingerprint 49a82118c600
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (1 added, 0 removed, 1 altered) · 2 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

SET statement_timeout = '0';

-- staging ahead · constraint public.kids.kids_age_check · runs in a transaction of its own · no statement_timeout: it reads every row
-- hazard, full-table validation scan: checks every row of public.kids (no row estimate yet, 0 B) (under a SHARE UPDATE EXCLUSIVE lock: reads and writes continue)
ALTER TABLE public.kids VALIDATE CONSTRAINT kids_age_check;

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · constraint public.kids.kids_parent_fk
-- hazard, blocks writes: takes SHARE ROW EXCLUSIVE locks on public.kids (no row estimate yet, 0 B) and public.parents
ALTER TABLE public.kids ADD CONSTRAINT kids_parent_fk FOREIGN KEY (parent_id) REFERENCES public.parents(id) NOT VALID;

COMMIT;
