-- pgdrift migration · pair adhoc · fingerprint 410b319e649f
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 7 changes (2 added, 2 removed, 3 altered) · 11 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function public.compare_int(integer, integer)
SET check_function_bodies = false;

-- production ahead · operator public.~~~(NONE, integer)
DROP OPERATOR public.~~~ (NONE, integer);

-- production ahead · function public.negate_int(integer)
DROP FUNCTION public.negate_int(integer);

-- staging ahead · view public.same_pairs
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.same_pairs; queries on it fail until it is recreated
DROP VIEW public.same_pairs;

-- staging ahead · operator public.===(integer, integer)
DROP OPERATOR public.=== (integer, integer);

-- staging ahead · operator public.!==(integer, integer)
ALTER OPERATOR public.!== (integer, integer) SET (RESTRICT = NONE, JOIN = pg_catalog.neqjoinsel);

-- staging ahead · function public.compare_int(integer, integer)
CREATE OR REPLACE FUNCTION public.compare_int(integer, integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT sign($1 - $2)::integer$function$;

-- staging ahead · operator public.<=>(integer, integer)
CREATE OPERATOR public.<=> (FUNCTION = public.compare_int, LEFTARG = integer, RIGHTARG = integer);

-- staging ahead · operator public.===(integer, integer)
CREATE OPERATOR public.=== (FUNCTION = public.same_int, LEFTARG = integer, RIGHTARG = integer, COMMUTATOR = OPERATOR(public.===), RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES, MERGES);

-- staging ahead · view public.same_pairs
CREATE VIEW public.same_pairs AS
SELECT (1 OPERATOR(public.===) 1) AS same;

-- staging ahead · operator public.===(text, text)
COMMENT ON OPERATOR public.=== (text, text) IS 'new words';

COMMIT;
