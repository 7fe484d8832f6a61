-- pgdrift migration · pair adhoc · fingerprint 37ef55bf3e0e
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (0 added, 0 removed, 1 altered) · 6 statements, 6 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · constraint public.cities.cities_country_code_fkey
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.cities (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.cities DROP CONSTRAINT cities_country_code_fkey;

COMMIT;

BEGIN;

-- staging ahead · constraint public.countries.countries_code_key
-- hazard, ACCESS EXCLUSIVE lock: dropping it takes an ACCESS EXCLUSIVE lock on public.countries (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE public.countries DROP CONSTRAINT countries_code_key;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.countries.countries_code_key · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.countries (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE UNIQUE INDEX CONCURRENTLY countries_code_key ON public.countries USING btree (code) INCLUDE (id);

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · constraint public.countries.countries_code_key
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.countries (no row estimate yet, 0 B) for a catalog change only (no scan)
ALTER TABLE public.countries ADD CONSTRAINT countries_code_key UNIQUE USING INDEX countries_code_key;

COMMIT;

BEGIN;

-- staging ahead · constraint public.cities.cities_country_code_fkey
-- hazard, blocks writes: takes SHARE ROW EXCLUSIVE locks on public.cities (no row estimate yet, 0 B) and public.countries for a catalog change only (no scan)
ALTER TABLE public.cities ADD CONSTRAINT cities_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.countries(code) NOT VALID;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · constraint public.cities.cities_country_code_fkey · runs in a transaction of its own · no statement_timeout: it reads every row
-- hazard, full-table validation scan: checks every row of public.cities (no row estimate yet, 0 B) (under a SHARE UPDATE EXCLUSIVE lock: reads and writes continue)
ALTER TABLE public.cities VALIDATE CONSTRAINT cities_country_code_fkey;

