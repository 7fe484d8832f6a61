-- pgdrift migration · pair adhoc · fingerprint 1c84911fcf0d
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (0 added, 0 removed, 1 altered) · 4 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · view public.staff_names
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.staff_names; queries on it fail until it is recreated
DROP VIEW public.staff_names;

COMMIT;

BEGIN;

-- staging ahead · view public.staff_public
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.staff_public; queries on it fail until it is recreated
DROP VIEW public.staff_public;

-- staging ahead · view public.staff_public
CREATE VIEW public.staff_public AS
SELECT id, dept, name FROM public.staff;

COMMIT;

BEGIN;

-- staging ahead · view public.staff_names
CREATE VIEW public.staff_names AS
SELECT name FROM public.staff_public;

COMMIT;
