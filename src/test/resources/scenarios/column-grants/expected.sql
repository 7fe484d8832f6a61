-- pgdrift migration · pair adhoc · fingerprint ac3b52d0f7fa
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (3 added, 0 removed, 1 altered) · 4 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · table public.audit
CREATE TABLE public.audit (
    id integer,
    who text
);

-- staging ahead · column public.audit.who
GRANT INSERT (who) ON TABLE public.audit TO cov_reader;

-- staging ahead · column public.profile.nick
REVOKE SELECT (nick) ON TABLE public.profile FROM cov_reader;

-- staging ahead · column public.profile.nick
GRANT UPDATE (nick) ON TABLE public.profile TO cov_reader WITH GRANT OPTION;

COMMIT;
