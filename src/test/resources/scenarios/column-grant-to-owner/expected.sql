-- pgdrift migration · pair adhoc · fingerprint 049416c36bb0
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 6 changes (3 added, 0 removed, 3 altered) · 5 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · table public.fresh
CREATE TABLE public.fresh (
    id integer,
    note text
);

-- staging ahead · column public.fresh.note
GRANT UPDATE (note) ON TABLE public.fresh TO CURRENT_USER;

-- staging ahead · column public.kept.note
GRANT INSERT (note) ON TABLE public.kept TO scenario_owner WITH GRANT OPTION;

-- staging ahead · column public.kept.secret
GRANT SELECT (secret) ON TABLE public.kept TO scenario_owner;

COMMIT;

BEGIN;

-- staging ahead · column public.mine.note
REVOKE UPDATE (note) ON TABLE public.mine FROM postgres;

COMMIT;
