-- pgdrift migration · pair adhoc · fingerprint 46f8dc7e980e
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 5 changes (2 added, 0 removed, 3 altered) · 11 statements, 5 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

SET statement_timeout = '0';

-- staging ahead · index public.item.item_created_pgdrift_new · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.item (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE INDEX CONCURRENTLY item_created_pgdrift_new ON public.item USING brin (created) WITH (pages_per_range='64');

-- staging ahead · index public.item.item_created · runs outside a transaction · no statement_timeout: it reads every row
DROP INDEX CONCURRENTLY public.item_created;

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · index public.item.item_created
ALTER INDEX public.item_created_pgdrift_new RENAME TO item_created;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.item.item_lower_name · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.item (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE UNIQUE INDEX CONCURRENTLY item_lower_name ON public.item USING btree (lower(name), ((price)::integer));

-- staging ahead · index public.item.item_name_pgdrift_new · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.item (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE INDEX CONCURRENTLY item_name_pgdrift_new ON public.item USING btree (name COLLATE "C" text_pattern_ops DESC NULLS LAST);

-- staging ahead · index public.item.item_name · runs outside a transaction · no statement_timeout: it reads every row
DROP INDEX CONCURRENTLY public.item_name;

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · index public.item.item_name
ALTER INDEX public.item_name_pgdrift_new RENAME TO item_name;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.item.item_price_pgdrift_new · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.item (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE INDEX CONCURRENTLY item_price_pgdrift_new ON public.item USING btree (price) INCLUDE (name, created) WHERE (price > (0)::numeric);

-- staging ahead · index public.item.item_price · runs outside a transaction · no statement_timeout: it reads every row
DROP INDEX CONCURRENTLY public.item_price;

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · index public.item.item_price
ALTER INDEX public.item_price_pgdrift_new RENAME TO item_price;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index public.item.item_tags · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of public.item (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE INDEX CONCURRENTLY item_tags ON public.item USING gin (tags);

