-- pgdrift migration · pair adhoc · fingerprint 5cd71c5f30cd
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 6 changes (5 added, 1 removed, 0 altered) · 8 statements, 3 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · schema ext
CREATE SCHEMA ext;

-- staging ahead · extension citext
CREATE EXTENSION IF NOT EXISTS citext SCHEMA ext VERSION '1.6';

-- staging ahead · extension pgcrypto
CREATE EXTENSION IF NOT EXISTS pgcrypto SCHEMA public VERSION '1.3';

-- production ahead · extension hstore
-- hazard, data loss: drops extension hstore and every object it created
DROP EXTENSION hstore;

-- staging ahead · extension citext
COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';

-- staging ahead · extension pgcrypto
COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions';

-- staging ahead · column public.kv.email
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.kv (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.kv ADD COLUMN email ext.citext;

-- staging ahead · column public.kv.token
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.kv (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, table rewrite: the default encode(public.gen_random_bytes(8), 'hex'::text) may be volatile: every row gets its own value, rewriting public.kv (no row estimate yet, 0 B)
--   safer path: add the column without a default, set the default, then backfill in batches
ALTER TABLE public.kv ADD COLUMN token text DEFAULT encode(public.gen_random_bytes(8), 'hex'::text);

COMMIT;
