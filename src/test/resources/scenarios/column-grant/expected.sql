-- pgdrift migration · pair adhoc · fingerprint ca1b78b5fbb6
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (0 added, 0 removed, 1 altered) · 2 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · column public.profile.nick
REVOKE SELECT (nick) ON TABLE public.profile FROM scenario_reader;

-- staging ahead · column public.profile.nick
GRANT UPDATE (nick) ON TABLE public.profile TO scenario_reader;

COMMIT;
