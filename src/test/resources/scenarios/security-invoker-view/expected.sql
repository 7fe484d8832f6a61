-- pgdrift migration · pair adhoc · fingerprint ba1b50fed0d1
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (1 added, 0 removed, 1 altered) · 2 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · view public.my_acct
ALTER VIEW public.my_acct SET (security_invoker=true);

-- staging ahead · view public.acct_checked
CREATE VIEW public.acct_checked WITH (check_option=cascaded) AS
SELECT id, owner FROM public.acct WHERE (id > 0);

COMMIT;
