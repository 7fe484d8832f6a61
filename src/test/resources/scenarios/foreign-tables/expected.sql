-- pgdrift migration · pair adhoc · fingerprint 7e931292699a
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (1 added, 1 removed, 2 altered) · 19 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · foreign table public.gone
DROP FOREIGN TABLE public.gone;

-- staging ahead · view public.rehomed_ids
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.rehomed_ids; queries on it fail until it is recreated
DROP VIEW public.rehomed_ids;

-- staging ahead · foreign table public.rehomed
DROP FOREIGN TABLE public.rehomed;

-- staging ahead · foreign table public.reshaped
ALTER FOREIGN TABLE public.reshaped DROP COLUMN dropped_col;

-- staging ahead · foreign table public.reshaped
ALTER FOREIGN TABLE public.reshaped ALTER COLUMN id DROP NOT NULL;

-- staging ahead · foreign table public.reshaped
COMMENT ON COLUMN public.reshaped.id IS 'the key';

-- staging ahead · foreign table public.reshaped
ALTER FOREIGN TABLE public.reshaped ALTER COLUMN name OPTIONS (SET column_name 'display_name');

-- staging ahead · foreign table public.reshaped
ALTER FOREIGN TABLE public.reshaped ALTER COLUMN amount TYPE numeric(12,2);

-- staging ahead · foreign table public.reshaped
ALTER FOREIGN TABLE public.reshaped ALTER COLUMN flag SET DEFAULT true;

-- staging ahead · foreign table public.reshaped
ALTER FOREIGN TABLE public.reshaped ALTER COLUMN flag SET NOT NULL;

-- staging ahead · foreign table public.reshaped
ALTER FOREIGN TABLE public.reshaped ALTER COLUMN note TYPE text COLLATE "C";

-- staging ahead · foreign table public.reshaped
ALTER FOREIGN TABLE public.reshaped ADD COLUMN added public.mood OPTIONS (column_name 'feeling');

-- staging ahead · foreign table public.reshaped
ALTER FOREIGN TABLE public.reshaped OPTIONS (SET table_name 'persons');

-- staging ahead · foreign table public.Fresh
CREATE FOREIGN TABLE public."Fresh" (
    id bigint NOT NULL DEFAULT 0,
    label character varying(20) OPTIONS (column_name 'lbl')
) SERVER archive OPTIONS (table_name 'fresh');

-- staging ahead · foreign table public.Fresh
COMMENT ON COLUMN public."Fresh".label IS 'shown';

-- staging ahead · foreign table public.rehomed
CREATE FOREIGN TABLE public.rehomed (
    id integer
) SERVER archive;

-- staging ahead · view public.rehomed_ids
CREATE VIEW public.rehomed_ids AS
SELECT id FROM public.rehomed;

-- staging ahead · foreign table public.reshaped
-- hazard, access control: gives privileges on public.reshaped: GRANT INSERT ON TABLE public.reshaped TO fdw_user;
GRANT INSERT ON TABLE public.reshaped TO fdw_user;

-- staging ahead · foreign table public.reshaped
COMMENT ON FOREIGN TABLE public.reshaped IS 'new words';

COMMIT;
