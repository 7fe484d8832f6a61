-- pgdrift migration · pair adhoc · fingerprint 3afd5b16b998
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (1 added, 1 removed, 2 altered) · 6 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function public.doc_words()
SET check_function_bodies = false;

-- staging ahead · trigger public.doc.doc_words
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.doc (no row estimate yet, 0 B), blocking reads and writes while it runs
DROP TRIGGER doc_words ON public.doc;

-- production ahead · function public.count_words(t text)
DROP FUNCTION public.count_words(t text);

-- staging ahead · function public.doc_words()
CREATE OR REPLACE FUNCTION public.doc_words()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$ BEGIN NEW.words := count_words(NEW.body, ' '); RETURN NEW; END $function$;

-- staging ahead · function public.count_words(t text, sep text)
CREATE OR REPLACE FUNCTION public.count_words(t text, sep text DEFAULT '\s+'::text)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT array_length(regexp_split_to_array(t, sep), 1) $function$;

-- staging ahead · trigger public.doc.doc_words
-- hazard, blocks writes: takes a SHARE ROW EXCLUSIVE lock on public.doc (no row estimate yet, 0 B), blocking writes while it runs
CREATE TRIGGER doc_words BEFORE INSERT OR UPDATE OF body ON public.doc FOR EACH ROW EXECUTE FUNCTION public.doc_words();

COMMIT;
