-- pgdrift migration · pair adhoc · fingerprint 65b764cefd65
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 6 changes (2 added, 2 removed, 2 altered) · 9 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · operator family public.old_hash_ops using hash
DROP OPERATOR FAMILY public.old_hash_ops USING hash;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.readings.readings_abs_idx · runs outside a transaction · no statement_timeout: it reads every row
DROP INDEX CONCURRENTLY public.readings_abs_idx;

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · operator class public.abs_ops using btree
DROP OPERATOR CLASS public.abs_ops USING btree;

-- staging ahead · operator family public.abs_family using btree
ALTER OPERATOR FAMILY public.abs_family USING btree ADD FUNCTION 1 (integer, bigint) btint48cmp(integer,bigint);

-- staging ahead · operator family public.abs_family using btree
COMMENT ON OPERATOR FAMILY public.abs_family USING btree IS 'by magnitude';

-- staging ahead · operator family public.abs_hash_ops using hash
CREATE OPERATOR FAMILY public.abs_hash_ops USING hash;

-- staging ahead · operator class public.abs_hash_ops using hash
CREATE OPERATOR CLASS public.abs_hash_ops FOR TYPE integer USING hash FAMILY public.abs_hash_ops AS OPERATOR 1 public.|=| (integer, integer), FUNCTION 1 (integer, integer) public.abs_hash(integer);

-- staging ahead · operator class public.abs_ops using btree
CREATE OPERATOR CLASS public.abs_ops FOR TYPE integer USING btree FAMILY public.abs_family AS OPERATOR 1 public.<| (integer, integer), OPERATOR 5 public.>| (integer, integer), FUNCTION 1 (integer, integer) public.abs_cmp(integer,integer);

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.readings.readings_abs_idx · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.readings (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE INDEX CONCURRENTLY readings_abs_idx ON public.readings USING btree (value public.abs_ops);

