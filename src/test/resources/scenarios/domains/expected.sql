-- pgdrift migration · pair adhoc · fingerprint 1dbdcf729a60
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 5 changes (2 added, 1 removed, 2 altered) · 8 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · domain public.old_dom
DROP DOMAIN public.old_dom;

-- staging ahead · domain public.email
ALTER DOMAIN public.email DROP CONSTRAINT email_at;

-- staging ahead · domain public.positive_int
ALTER DOMAIN public.positive_int SET DEFAULT 1;

-- staging ahead · domain public.positive_int
-- hazard, full-table validation scan: checks every column of domain public.positive_int for nulls
ALTER DOMAIN public.positive_int SET NOT NULL;

-- staging ahead · domain public.email
-- hazard, full-table validation scan: checks every value of domain public.email
--   safer path: add it NOT VALID, then VALIDATE CONSTRAINT
ALTER DOMAIN public.email ADD CONSTRAINT email_at CHECK ((VALUE ~~ '%_@_%'::text));

-- staging ahead · domain public.email
-- hazard, full-table validation scan: checks every value of domain public.email
--   safer path: add it NOT VALID, then VALIDATE CONSTRAINT
ALTER DOMAIN public.email ADD CONSTRAINT email_len CHECK ((length(VALUE) < 300));

-- staging ahead · domain public.us_zip
CREATE DOMAIN public.us_zip AS character varying(10) COLLATE "C" CONSTRAINT us_zip_check CHECK (((VALUE)::text ~ '^[0-9]{5}$'::text));

-- staging ahead · column public.contacts.zip
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.contacts (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: the column's domain public.us_zip has constraints: PostgreSQL checks them on every row, rewriting public.contacts (no row estimate yet, 0 B)
--   safer path: add the column with the domain's base type, backfill, then change its type to the domain
ALTER TABLE public.contacts ADD COLUMN zip public.us_zip;

COMMIT;
