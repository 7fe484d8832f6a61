-- pgdrift migration · pair adhoc · fingerprint 6d80bf23a240
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (4 added, 0 removed, 0 altered) · 1 statement, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql

BEGIN;

-- staging ahead · table public.audit_log
CREATE TABLE public.audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY (START WITH 500),
    message text NOT NULL,
    CONSTRAINT audit_log_pkey PRIMARY KEY (id)
);

COMMIT;
