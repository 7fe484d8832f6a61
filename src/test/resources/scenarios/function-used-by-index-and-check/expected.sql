-- pgdrift migration · pair adhoc · fingerprint c478ab20920e
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (1 added, 1 removed, 2 altered) · 10 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function public.norm(t text)
SET check_function_bodies = false;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.people.people_norm_email_idx · runs outside a transaction · no statement_timeout: it reads every row
DROP INDEX CONCURRENTLY public.people_norm_email_idx;

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · function public.norm(t text)
DROP FUNCTION public.norm(t text);

-- staging ahead · constraint public.people.age_ok
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.people (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.people DROP CONSTRAINT age_ok;

-- production ahead · function public.positive(n integer)
DROP FUNCTION public.positive(n integer);

-- staging ahead · function public.norm(t text)
CREATE OR REPLACE FUNCTION public.norm(t text)
 RETURNS character varying
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT lower(trim(t)) $function$;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.people.people_norm_email_idx · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.people (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE INDEX CONCURRENTLY people_norm_email_idx ON public.people USING btree (public.norm(email));

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · function public.positive(n bigint)
CREATE OR REPLACE FUNCTION public.positive(n bigint)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT n > 0 $function$;

-- staging ahead · constraint public.people.age_ok
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.people (no row estimate yet, 0 B) for a catalog change only (no scan)
ALTER TABLE public.people ADD CONSTRAINT age_ok CHECK (public.positive((age)::bigint)) NOT VALID;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · constraint public.people.age_ok · runs in a transaction of its own · no statement_timeout: it reads every row
-- hazard, full-table validation scan: checks every row of public.people (no row estimate yet, 0 B) (under a SHARE UPDATE EXCLUSIVE lock: reads and writes continue)
ALTER TABLE public.people VALIDATE CONSTRAINT age_ok;

