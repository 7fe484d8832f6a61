-- pgdrift migration · pair adhoc · fingerprint 37ef55bf3e0e
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (0 added, 0 removed, 1 altered) · 4 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · constraint public.cities.cities_country_code_fkey
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.cities (≈0 rows, 0 B), blocking reads and writes while it runs
ALTER TABLE public.cities DROP CONSTRAINT cities_country_code_fkey;

COMMIT;

BEGIN;

-- staging ahead · constraint public.countries.countries_code_key
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.countries (≈0 rows, 0 B), blocking reads and writes while it runs
ALTER TABLE public.countries DROP CONSTRAINT countries_code_key;

-- staging ahead · constraint public.countries.countries_code_key
-- hazard, ACCESS EXCLUSIVE lock: adding a constraint takes an ACCESS EXCLUSIVE lock on public.countries (≈0 rows, 0 B), blocking reads and writes while it runs
-- hazard, blocks writes: builds an index on public.countries (≈0 rows, 0 B) while holding the lock
--   safer path: CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT countries_code_key UNIQUE USING INDEX
ALTER TABLE public.countries ADD CONSTRAINT countries_code_key UNIQUE (code) INCLUDE (id);

COMMIT;

BEGIN;

-- staging ahead · constraint public.cities.cities_country_code_fkey
-- hazard, full-table validation scan: checks every row of public.cities (≈0 rows, 0 B) against public.countries while holding its lock
--   safer path: add it NOT VALID, then ALTER TABLE public.cities VALIDATE CONSTRAINT cities_country_code_fkey in a separate transaction
-- hazard, blocks writes: takes SHARE ROW EXCLUSIVE locks on public.cities (≈0 rows, 0 B) and public.countries
ALTER TABLE public.cities ADD CONSTRAINT cities_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.countries(code);

COMMIT;
