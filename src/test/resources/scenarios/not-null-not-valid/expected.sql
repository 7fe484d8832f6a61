-- pgdrift migration · pair adhoc · fingerprint 3f0bcd13812a
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 8 changes (3 added, 0 removed, 5 altered) · 13 statements, 9 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · column public.accounts.email
-- hazard, ACCESS EXCLUSIVE lock: DROP NOT NULL takes an ACCESS EXCLUSIVE lock on public.accounts (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.accounts ALTER COLUMN email DROP NOT NULL;

-- staging ahead · column public.accounts.email
-- hazard, ACCESS EXCLUSIVE lock: adding a NOT VALID NOT NULL (no scan) takes an ACCESS EXCLUSIVE lock on public.accounts (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.accounts ADD CONSTRAINT accounts_email_not_null NOT NULL email NOT VALID;

-- staging ahead · column public.accounts.id
-- hazard, ACCESS EXCLUSIVE lock: adding a NOT VALID check (no scan) takes an ACCESS EXCLUSIVE lock on public.accounts (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.accounts ADD CONSTRAINT accounts_id_pgdrift_not_null CHECK (id IS NOT NULL) NOT VALID;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · column public.accounts.id · runs in a transaction of its own · no statement_timeout: it reads every row
-- hazard, full-table validation scan: checks every row of public.accounts (no row estimate yet, 0 B) (under a SHARE UPDATE EXCLUSIVE lock: reads and writes continue)
ALTER TABLE public.accounts VALIDATE CONSTRAINT accounts_id_pgdrift_not_null;

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · column public.accounts.id
-- hazard, ACCESS EXCLUSIVE lock: SET NOT NULL (no scan: the validated check proves it) takes an ACCESS EXCLUSIVE lock on public.accounts (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.accounts ALTER COLUMN id SET NOT NULL;

-- staging ahead · column public.accounts.id
ALTER TABLE public.accounts DROP CONSTRAINT accounts_id_pgdrift_not_null;

-- staging ahead · column public.accounts.kept
-- hazard, ACCESS EXCLUSIVE lock: adding a NOT VALID NOT NULL (no scan) takes an ACCESS EXCLUSIVE lock on public.accounts (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.accounts ADD CONSTRAINT kept_present NOT NULL kept NOT VALID;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · column public.accounts.name · runs in a transaction of its own · no statement_timeout: it reads every row
-- hazard, full-table validation scan: checks every row of public.accounts (no row estimate yet, 0 B) (under a SHARE UPDATE EXCLUSIVE lock: reads and writes continue)
ALTER TABLE public.accounts VALIDATE CONSTRAINT accounts_name_not_null;

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · column public.accounts.note
-- hazard, ACCESS EXCLUSIVE lock: dropping a NOT NULL takes an ACCESS EXCLUSIVE lock on public.accounts (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.accounts DROP CONSTRAINT accounts_note_not_null;

-- staging ahead · table public.fresh
CREATE TABLE public.fresh (
    id integer
);

-- staging ahead · column public.accounts.extra
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.accounts (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.accounts ADD COLUMN extra text;

-- staging ahead · column public.accounts.extra
ALTER TABLE public.accounts ADD CONSTRAINT accounts_extra_not_null NOT NULL extra NOT VALID;

-- staging ahead · column public.fresh.id
ALTER TABLE public.fresh ADD CONSTRAINT fresh_id_not_null NOT NULL id NOT VALID;

COMMIT;
