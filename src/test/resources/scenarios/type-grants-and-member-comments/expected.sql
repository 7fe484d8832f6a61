-- pgdrift migration · pair adhoc · fingerprint ba44483db01c
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (1 added, 0 removed, 3 altered) · 9 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · enum public.mood
-- hazard, access control: takes privileges away on public.mood: REVOKE USAGE ON TYPE public.mood FROM PUBLIC;
REVOKE USAGE ON TYPE public.mood FROM PUBLIC;

-- staging ahead · enum public.mood
-- hazard, access control: gives privileges on public.mood: GRANT USAGE ON TYPE public.mood TO cov_reader;
GRANT USAGE ON TYPE public.mood TO cov_reader;

-- staging ahead · domain public.pos
-- hazard, access control: gives privileges on public.pos: GRANT USAGE ON DOMAIN public.pos TO cov_reader;
GRANT USAGE ON DOMAIN public.pos TO cov_reader;

-- staging ahead · domain public.pos
COMMENT ON CONSTRAINT pos_check ON DOMAIN public.pos IS 'positive only';

-- staging ahead · composite type public.addr
COMMENT ON COLUMN public.addr.zip IS 'postal code';

-- staging ahead · composite type public.addr
-- hazard, access control: takes privileges away on public.addr: REVOKE USAGE ON TYPE public.addr FROM PUBLIC;
REVOKE USAGE ON TYPE public.addr FROM PUBLIC;

-- staging ahead · composite type public.fresh
CREATE TYPE public.fresh AS (x integer);

-- staging ahead · composite type public.fresh
COMMENT ON COLUMN public.fresh.x IS 'new attribute';

-- staging ahead · composite type public.fresh
GRANT USAGE ON TYPE public.fresh TO cov_reader WITH GRANT OPTION;

COMMIT;
