-- pgdrift migration · pair adhoc · fingerprint b13500e087b0
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 7 changes (4 added, 0 removed, 3 altered) · 7 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · table public.blob
ALTER TABLE public.blob SET (toast.autovacuum_enabled=false, toast.vacuum_truncate=false);

-- staging ahead · table public.other
CREATE TABLE public.other (
    id integer NOT NULL,
    v text,
    CONSTRAINT other_pk PRIMARY KEY (id)
) WITH (toast.autovacuum_enabled=false);

-- staging ahead · constraint public.blob.blob_code
COMMENT ON INDEX public.blob_code IS 'codes are unique';

-- staging ahead · constraint public.blob.blob_pkey
ALTER INDEX public.blob_pkey SET (fillfactor=70);

-- staging ahead · constraint public.blob.blob_pkey
COMMENT ON INDEX public.blob_pkey IS 'the key';

-- staging ahead · constraint public.other.other_pk
ALTER INDEX public.other_pk SET (fillfactor=60);

-- staging ahead · constraint public.other.other_pk
COMMENT ON INDEX public.other_pk IS 'other key';

COMMIT;
