-- pgdrift migration · pair adhoc · fingerprint 9a5494a52bfb
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (1 added, 1 removed, 2 altered) · 5 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · conversion public.made_default
DROP CONVERSION public.made_default;

-- production ahead · conversion public.old_latin
DROP CONVERSION public.old_latin;

-- staging ahead · conversion public.described
COMMENT ON CONVERSION public.described IS 'new words';

-- staging ahead · conversion public.made_default
CREATE DEFAULT CONVERSION public.made_default FOR 'UTF8' TO 'LATIN1' FROM pg_catalog.utf8_to_iso8859_1;

-- staging ahead · conversion public.new_koi
CREATE CONVERSION public.new_koi FOR 'KOI8R' TO 'UTF8' FROM pg_catalog.koi8r_to_utf8;

COMMIT;
