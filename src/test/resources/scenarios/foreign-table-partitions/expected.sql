-- pgdrift migration · pair adhoc · fingerprint 98e8498a63c3
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 9 changes (4 added, 1 removed, 4 altered) · 13 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · foreign table public.archive_remote
DROP FOREIGN TABLE public.archive_remote;

-- production ahead · foreign table public.ledger_gone
DROP FOREIGN TABLE public.ledger_gone;

-- staging ahead · foreign table public.ledger_old
DROP FOREIGN TABLE public.ledger_old;

-- staging ahead · foreign table public.ledger_spare
DROP FOREIGN TABLE public.ledger_spare;

-- staging ahead · foreign table public.ledger_remote
-- hazard, ACCESS EXCLUSIVE lock: detaching a partition takes an ACCESS EXCLUSIVE lock on public.ledger, blocking reads and writes while it runs
ALTER TABLE public.ledger DETACH PARTITION public.ledger_remote;

-- staging ahead · foreign table public.ledger_remote
ALTER TABLE public.ledger ATTACH PARTITION public.ledger_remote FOR VALUES IN ('remote', 'far');

-- staging ahead · column public.archive.archived_at
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.archive (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.archive ADD COLUMN archived_at timestamp with time zone;

COMMIT;

BEGIN;

-- staging ahead · column public.ledger.booked
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.ledger (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.ledger ADD COLUMN booked date;

-- staging ahead · foreign table public.archive_new
CREATE FOREIGN TABLE public.archive_new (
    place text
) INHERITS (public.archive) SERVER ftp_remote;

-- staging ahead · foreign table public.archive_remote
CREATE FOREIGN TABLE public.archive_remote (
    id bigint NOT NULL,
    note text,
    archived_at timestamp with time zone,
    origin text
) SERVER ftp_remote;

-- staging ahead · foreign table public.ledger_new
CREATE FOREIGN TABLE public.ledger_new PARTITION OF public.ledger FOR VALUES IN ('new') SERVER ftp_remote OPTIONS (table_name 'new');

-- staging ahead · foreign table public.ledger_old
CREATE FOREIGN TABLE public.ledger_old (
    id bigint NOT NULL,
    region text NOT NULL,
    amount numeric,
    booked date
) SERVER ftp_remote;

-- staging ahead · foreign table public.ledger_spare
CREATE FOREIGN TABLE public.ledger_spare PARTITION OF public.ledger FOR VALUES IN ('spare') SERVER ftp_remote;

COMMIT;
