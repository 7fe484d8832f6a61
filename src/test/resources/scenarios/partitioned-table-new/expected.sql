-- pgdrift migration · pair adhoc · fingerprint a06188244137
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 8 changes (8 added, 0 removed, 0 altered) · 4 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · table public.events
CREATE TABLE public.events (
    id bigint NOT NULL,
    tenant integer NOT NULL,
    payload jsonb,
    CONSTRAINT events_pkey PRIMARY KEY (tenant, id)
) PARTITION BY HASH (tenant);

-- staging ahead · table public.events_0
CREATE TABLE public.events_0 PARTITION OF public.events FOR VALUES WITH (modulus 2, remainder 0);

-- staging ahead · table public.events_1
CREATE TABLE public.events_1 PARTITION OF public.events FOR VALUES WITH (modulus 2, remainder 1);

-- staging ahead · index public.events.events_payload_idx
CREATE INDEX events_payload_idx ON public.events USING gin (payload);

COMMIT;
