-- pgdrift migration · pair adhoc · fingerprint 6a7e96cb5507
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (0 added, 0 removed, 1 altered) · 3 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · enum public.status
ALTER TYPE public.status ADD VALUE 'draft' BEFORE 'open';

-- staging ahead · enum public.status
ALTER TYPE public.status ADD VALUE 'in_review' AFTER 'open';

-- staging ahead · enum public.status
ALTER TYPE public.status ADD VALUE 'archived' AFTER 'closed';

COMMIT;
