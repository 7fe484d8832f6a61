-- pgdrift migration · pair adhoc · fingerprint d924d4f911d6
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 5 changes (1 added, 1 removed, 3 altered) · 12 statements, 7 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- production ahead · column public.MixedCase.Drop Me
-- hazard, data loss: drops column Drop Me of public.MixedCase (no row estimate yet, 0 B) and its data
-- hazard, ACCESS EXCLUSIVE lock: dropping the column takes an ACCESS EXCLUSIVE lock on public.MixedCase (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public."MixedCase" DROP COLUMN "Drop Me";

-- staging ahead · enum public.Mood
ALTER TYPE public."Mood" RENAME TO "Mood_pgdrift_old";

-- staging ahead · column public.MixedCase.ID
-- hazard, ACCESS EXCLUSIVE lock: adding a NOT VALID check (no scan) takes an ACCESS EXCLUSIVE lock on public.MixedCase (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public."MixedCase" ADD CONSTRAINT "MixedCase_ID_pgdrift_not_null" CHECK ("ID" IS NOT NULL) NOT VALID;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · column public.MixedCase.ID · runs in a transaction of its own · no statement_timeout: it reads every row
-- hazard, full-table validation scan: checks every row of public.MixedCase (no row estimate yet, 0 B) (under a SHARE UPDATE EXCLUSIVE lock: reads and writes continue)
ALTER TABLE public."MixedCase" VALIDATE CONSTRAINT "MixedCase_ID_pgdrift_not_null";

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · column public.MixedCase.ID
-- hazard, ACCESS EXCLUSIVE lock: SET NOT NULL (no scan: the validated check proves it) takes an ACCESS EXCLUSIVE lock on public.MixedCase (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public."MixedCase" ALTER COLUMN "ID" SET NOT NULL;

-- staging ahead · column public.MixedCase.ID
ALTER TABLE public."MixedCase" DROP CONSTRAINT "MixedCase_ID_pgdrift_not_null";

-- staging ahead · column public.MixedCase.Value
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.MixedCase (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public."MixedCase" ALTER COLUMN "Value" TYPE character varying(100);

COMMIT;

SET statement_timeout = '0';

-- staging ahead · column public.MixedCase.Value · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public."MixedCase" ("Value");

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · column public.MixedCase.Value
-- hazard, ACCESS EXCLUSIVE lock: changing a default takes an ACCESS EXCLUSIVE lock on public.MixedCase (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public."MixedCase" ALTER COLUMN "Value" SET DEFAULT 'x'::character varying;

-- staging ahead · enum public.Mood
CREATE TYPE public."Mood" AS ENUM ('bad', 'ok', 'good');

-- staging ahead · column public.MixedCase.New Col
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on public.MixedCase (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public."MixedCase" ADD COLUMN "New Col" public."Mood";

-- staging ahead · enum public.Mood
DROP TYPE public."Mood_pgdrift_old";

COMMIT;
