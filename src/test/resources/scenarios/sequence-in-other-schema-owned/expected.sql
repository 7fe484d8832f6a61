-- pgdrift migration · pair adhoc · fingerprint 3865cb7a1c47
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (2 added, 0 removed, 1 altered) · 9 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · sequence public.letter no
CREATE SEQUENCE public."letter no" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 500 CACHE 1 NO CYCLE;

-- staging ahead · column public.letter.no
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.letter (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.letter ALTER COLUMN no SET DEFAULT nextval('public."letter no"'::regclass);

-- staging ahead · column public.letter.no
-- hazard, ACCESS EXCLUSIVE lock: adding a NOT VALID check (no scan) takes an ACCESS EXCLUSIVE lock on public.letter (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.letter ADD CONSTRAINT letter_no_pgdrift_not_null CHECK (no IS NOT NULL) NOT VALID;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · column public.letter.no · runs in a transaction of its own · no statement_timeout: it reads every row
-- hazard, full-table validation scan: checks every row of public.letter (no row estimate yet, 0 B) (under a SHARE UPDATE EXCLUSIVE lock: reads and writes continue)
ALTER TABLE public.letter VALIDATE CONSTRAINT letter_no_pgdrift_not_null;

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · column public.letter.no
-- hazard, ACCESS EXCLUSIVE lock: SET NOT NULL (no scan: the validated check proves it) takes an ACCESS EXCLUSIVE lock on public.letter (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.letter ALTER COLUMN no SET NOT NULL;

-- staging ahead · column public.letter.no
ALTER TABLE public.letter DROP CONSTRAINT letter_no_pgdrift_not_null;

-- staging ahead · sequence seqs.counter id
CREATE SEQUENCE seqs."counter id" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

-- staging ahead · sequence public.letter no
ALTER SEQUENCE public."letter no" OWNED BY public.letter.no;

-- staging ahead · sequence seqs.counter id
ALTER SEQUENCE seqs."counter id" OWNED BY seqs.counter.id;

COMMIT;
