-- pgdrift migration · pair adhoc · fingerprint 733c9ededdff
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 12 changes (5 added, 2 removed, 5 altered) · 24 statements, 10 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · trigger public.ledger.ledger_gone
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.ledger, blocking reads and writes while it runs
DROP TRIGGER ledger_gone ON public.ledger;

-- staging ahead · trigger public.ledger.ledger_when
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.ledger, blocking reads and writes while it runs
DROP TRIGGER ledger_when ON public.ledger;

-- staging ahead · constraint public.ledger.amount_positive
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.ledger, blocking reads and writes while it runs
ALTER TABLE public.ledger DROP CONSTRAINT amount_positive;

-- production ahead · constraint public.ledger.note_short
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.ledger, blocking reads and writes while it runs
ALTER TABLE public.ledger DROP CONSTRAINT note_short;

-- staging ahead · foreign table public.ledger
ALTER FOREIGN TABLE public.ledger ALTER COLUMN amount SET STATISTICS -1;

-- staging ahead · foreign table public.ledger
ALTER FOREIGN TABLE public.ledger ALTER COLUMN note SET STORAGE EXTERNAL;

-- staging ahead · foreign table public.ledger
ALTER FOREIGN TABLE public.ledger ALTER COLUMN note SET (n_distinct=10);

-- staging ahead · trigger public.ledger.ledger_audit
-- hazard, blocks writes: takes a SHARE ROW EXCLUSIVE lock on public.ledger, blocking writes (not reads) while it runs
ALTER TABLE public.ledger ENABLE REPLICA TRIGGER ledger_audit;

-- staging ahead · constraint public.ledger.amount_positive
-- hazard, ACCESS EXCLUSIVE lock: adding a constraint takes an ACCESS EXCLUSIVE lock on public.ledger, blocking reads and writes while it runs
ALTER TABLE public.ledger ADD CONSTRAINT amount_positive CHECK ((amount >= (1)::numeric));

-- staging ahead · constraint public.ledger.id_positive
-- hazard, ACCESS EXCLUSIVE lock: adding a constraint takes an ACCESS EXCLUSIVE lock on public.ledger, blocking reads and writes while it runs
ALTER TABLE public.ledger ADD CONSTRAINT id_positive CHECK ((id > 0)) NOT VALID;

-- staging ahead · constraint public.ledger.id_small
COMMENT ON CONSTRAINT id_small ON public.ledger IS 'ids stay small';

-- staging ahead · trigger public.ledger.ledger_audit
COMMENT ON TRIGGER ledger_audit ON public.ledger IS 'audited';

-- staging ahead · trigger public.ledger.ledger_new
-- hazard, blocks writes: takes a SHARE ROW EXCLUSIVE lock on public.ledger, blocking writes while it runs
CREATE TRIGGER ledger_new BEFORE UPDATE ON public.ledger FOR EACH ROW EXECUTE FUNCTION public.audit_row();

-- staging ahead · trigger public.ledger.ledger_when
-- hazard, blocks writes: takes a SHARE ROW EXCLUSIVE lock on public.ledger, blocking writes while it runs
CREATE TRIGGER ledger_when AFTER UPDATE ON public.ledger FOR EACH ROW WHEN ((new.amount > (100)::numeric)) EXECUTE FUNCTION public.audit_row();

-- staging ahead · foreign table public.fresh
CREATE FOREIGN TABLE public.fresh (
    id integer,
    tag text
) SERVER ftm_remote;

-- staging ahead · constraint public.fresh.fresh_id_check
ALTER TABLE public.fresh ADD CONSTRAINT fresh_id_check CHECK ((id > 0));

-- staging ahead · trigger public.fresh.fresh_audit
CREATE TRIGGER fresh_audit AFTER INSERT ON public.fresh FOR EACH ROW EXECUTE FUNCTION public.audit_row();

-- staging ahead · foreign table public.fresh
ALTER FOREIGN TABLE public.fresh ALTER COLUMN tag SET STATISTICS 50;

-- staging ahead · foreign table public.fresh
GRANT INSERT (tag) ON TABLE public.fresh TO ftm_reader;

-- staging ahead · foreign table public.ledger
GRANT SELECT (amount) ON TABLE public.ledger TO ftm_reader;

-- staging ahead · foreign table public.ledger
REVOKE SELECT (note) ON TABLE public.ledger FROM ftm_reader;

-- staging ahead · foreign table public.ledger
REVOKE UPDATE (note) ON TABLE public.ledger FROM ftm_reader;

-- staging ahead · foreign table public.ledger
-- hazard, access control: takes privileges away on public.ledger: REVOKE UPDATE ON TABLE public.ledger FROM postgres;
REVOKE UPDATE ON TABLE public.ledger FROM postgres;

-- staging ahead · constraint public.ledger.id_small
ALTER TABLE public.ledger VALIDATE CONSTRAINT id_small;

COMMIT;
