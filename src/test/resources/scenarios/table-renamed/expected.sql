-- pgdrift migration · pair adhoc · fingerprint 7e7801a697f3
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 10 changes (5 added, 5 removed, 0 altered) · 2 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · table public.client
-- hazard, data loss: drops table public.client (no row estimate yet, 0 B) and every row in it
--   safer path: if public.clients is this table renamed, use ALTER TABLE public.client RENAME TO clients instead to keep the rows
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.client (no row estimate yet, 0 B)
DROP TABLE public.client;

-- staging ahead · table public.clients
CREATE TABLE public.clients (
    id integer NOT NULL,
    email text NOT NULL,
    CONSTRAINT clients_email_key UNIQUE (email),
    CONSTRAINT clients_pkey PRIMARY KEY (id)
);

COMMIT;
