-- pgdrift migration · pair adhoc · fingerprint 1aba81301adc
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 8 changes (4 added, 4 removed, 0 altered) · 2 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · table public.events
-- hazard, data loss: drops table public.events (no row estimate yet, 0 B) and every row in it
--   safer path: if archive.events is this table renamed, use ALTER TABLE public.events RENAME TO events instead to keep the rows
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.events (no row estimate yet, 0 B)
DROP TABLE public.events;

-- staging ahead · table archive.events
CREATE TABLE archive.events (
    id integer NOT NULL,
    at timestamp with time zone,
    CONSTRAINT events_pkey PRIMARY KEY (id)
);

COMMIT;
