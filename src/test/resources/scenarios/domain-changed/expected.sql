-- pgdrift migration · pair adhoc · fingerprint 5f7ce9a753ec
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (2 added, 0 removed, 2 altered) · 7 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · domain public.email
-- hazard, full-table validation scan: checks every column of domain public.email for nulls
ALTER DOMAIN public.email SET NOT NULL;

-- staging ahead · domain public.email
ALTER DOMAIN public.email DROP CONSTRAINT email_at;

-- staging ahead · domain public.score
ALTER DOMAIN public.score SET DEFAULT 5;

-- staging ahead · domain public.email
-- hazard, full-table validation scan: checks every value of domain public.email
--   safer path: add it NOT VALID, then VALIDATE CONSTRAINT
ALTER DOMAIN public.email ADD CONSTRAINT email_at CHECK ((VALUE ~~ '%_@_%'::text));

-- staging ahead · domain public.handle
CREATE DOMAIN public.handle AS character varying(30) COLLATE "C" CONSTRAINT handle_check CHECK (((VALUE)::text ~ '^[a-z]+$'::text));

-- staging ahead · domain public.score
ALTER DOMAIN public.score ADD CONSTRAINT score_range CHECK (((VALUE >= 0) AND (VALUE <= 10))) NOT VALID;

-- staging ahead · column public.signup.handle
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.signup (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: the column's domain public.handle has constraints: PostgreSQL checks them on every row, rewriting public.signup (no row estimate yet, 0 B)
--   safer path: add the column with the domain's base type, backfill, then change its type to the domain
ALTER TABLE public.signup ADD COLUMN handle public.handle;

COMMIT;
