-- pgdrift migration · pair adhoc · fingerprint a721fb14b058
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 8 changes (0 added, 3 removed, 5 altered) · 5 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · table public.audit_row
-- hazard, data loss: drops table public.audit_row (no row estimate yet, 0 B) and every row in it
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.audit_row (no row estimate yet, 0 B)
DROP TABLE public.audit_row;

COMMIT;

BEGIN;

-- staging ahead · table public.metric
-- hazard, data loss: drops table public.metric (no row estimate yet, 0 B) and every row in it
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.metric (no row estimate yet, 0 B)
DROP TABLE public.metric;

COMMIT;

BEGIN;

-- staging ahead · table public.audit_row
CREATE TABLE public.audit_row (
    id integer NOT NULL,
    at date NOT NULL,
    CONSTRAINT audit_row_pkey PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);

COMMIT;

BEGIN;

-- staging ahead · table public.metric
CREATE TABLE public.metric (
    id bigint NOT NULL,
    at date NOT NULL,
    v double precision
) PARTITION BY RANGE (at);

COMMIT;

BEGIN;

-- staging ahead · table public.metric_2023
ALTER TABLE public.metric ATTACH PARTITION public.metric_2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');

COMMIT;
