-- pgdrift migration · pair adhoc · fingerprint db9e06a95187
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (4 added, 0 removed, 0 altered) · 1 statement, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · table public.audit_log
CREATE TABLE public.audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY (START WITH 500),
    message text NOT NULL,
    CONSTRAINT audit_log_pkey PRIMARY KEY (id)
);

COMMIT;
