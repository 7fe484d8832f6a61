-- pgdrift migration · pair adhoc · fingerprint ad78fbc5a296
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 2 changes (0 added, 0 removed, 2 altered) · 4 statements, 2 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

SET statement_timeout = '0';

-- staging ahead · column public.words.label · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.words (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, ACCESS EXCLUSIVE lock: rebuilds any index on the column of public.words (no row estimate yet, 0 B) while holding its ACCESS EXCLUSIVE lock: reads and writes wait
ALTER TABLE public.words ALTER COLUMN label TYPE text COLLATE "C";

COMMIT;

-- staging ahead · column public.words.label · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.words (label);

BEGIN;

-- staging ahead · column public.words.word · no statement_timeout: it reads every row
-- hazard, ACCESS EXCLUSIVE lock: changing a column type takes an ACCESS EXCLUSIVE lock on public.words (no row estimate yet, 0 B), blocking reads and writes while it runs
-- hazard, ACCESS EXCLUSIVE lock: rebuilds any index on the column of public.words (no row estimate yet, 0 B) while holding its ACCESS EXCLUSIVE lock: reads and writes wait
ALTER TABLE public.words ALTER COLUMN word TYPE text COLLATE "default";

COMMIT;

-- staging ahead · column public.words.word · runs in a transaction of its own · no statement_timeout: it reads every row
ANALYZE public.words (word);

