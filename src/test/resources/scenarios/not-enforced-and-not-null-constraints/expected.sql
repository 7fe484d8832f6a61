-- pgdrift migration · pair adhoc · fingerprint 7c2e78b160f6
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (2 added, 0 removed, 1 altered) · 7 statements, 5 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · column public.reg.code
-- hazard, ACCESS EXCLUSIVE lock: adding a NOT VALID check (no scan) takes an ACCESS EXCLUSIVE lock on public.reg (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.reg ADD CONSTRAINT reg_code_pgdrift_not_null CHECK (code IS NOT NULL) NOT VALID;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · column public.reg.code · runs in a transaction of its own · no statement_timeout: it reads every row
-- hazard, full-table validation scan: checks every row of public.reg (no row estimate yet, 0 B) (under a SHARE UPDATE EXCLUSIVE lock: reads and writes continue)
ALTER TABLE public.reg VALIDATE CONSTRAINT reg_code_pgdrift_not_null;

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · column public.reg.code
-- hazard, ACCESS EXCLUSIVE lock: SET NOT NULL (no scan: the validated check proves it) takes an ACCESS EXCLUSIVE lock on public.reg (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.reg ALTER COLUMN code SET NOT NULL;

-- staging ahead · column public.reg.code
ALTER TABLE public.reg DROP CONSTRAINT reg_code_pgdrift_not_null;

-- staging ahead · column public.reg.code
ALTER TABLE public.reg RENAME CONSTRAINT reg_code_not_null TO reg_code_nn;

-- staging ahead · constraint public.reg.reg_qty
-- hazard, ACCESS EXCLUSIVE lock: adding a constraint takes an ACCESS EXCLUSIVE lock on public.reg (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.reg ADD CONSTRAINT reg_qty CHECK ((qty > 0)) NOT ENFORCED NOT VALID;

-- staging ahead · constraint public.reg.reg_ref
-- hazard, blocks writes: takes SHARE ROW EXCLUSIVE locks on public.reg (no row estimate yet, 0 B) and public.ref
ALTER TABLE public.reg ADD CONSTRAINT reg_ref FOREIGN KEY (ref) REFERENCES public.ref(id) NOT ENFORCED NOT VALID;

COMMIT;
