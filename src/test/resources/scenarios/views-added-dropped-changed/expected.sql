-- pgdrift migration · pair adhoc · fingerprint 92316ef8b4cd
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 3 changes (1 added, 1 removed, 1 altered) · 6 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · view public.v_old
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.v_old; queries on it fail until it is recreated
DROP VIEW public.v_old;

COMMIT;

BEGIN;

-- staging ahead · view public.v_on_changed
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.v_on_changed; queries on it fail until it is recreated
DROP VIEW public.v_on_changed;

COMMIT;

BEGIN;

-- staging ahead · view public.v_changed
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.v_changed; queries on it fail until it is recreated
DROP VIEW public.v_changed;

-- staging ahead · view public.v_changed
CREATE VIEW public.v_changed AS
SELECT id, a, b FROM public.t WHERE (b > 0);

-- staging ahead · view public.v_new
CREATE VIEW public.v_new AS
SELECT a, count(*) AS n FROM public.t GROUP BY a;

COMMIT;

BEGIN;

-- staging ahead · view public.v_on_changed
CREATE VIEW public.v_on_changed AS
SELECT id FROM public.v_changed;

COMMIT;
