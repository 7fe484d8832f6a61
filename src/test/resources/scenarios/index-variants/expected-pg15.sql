-- pgdrift migration · pair adhoc · fingerprint dd1743a0b4c5
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 5 changes (2 added, 0 removed, 3 altered) · 8 statements, 8 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · index public.item.item_created
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.item (no row estimate yet, 0 B)
--   safer path: DROP INDEX CONCURRENTLY (outside a transaction)
DROP INDEX public.item_created;

-- staging ahead · index public.item.item_name
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.item (no row estimate yet, 0 B)
--   safer path: DROP INDEX CONCURRENTLY (outside a transaction)
DROP INDEX public.item_name;

-- staging ahead · index public.item.item_price
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.item (no row estimate yet, 0 B)
--   safer path: DROP INDEX CONCURRENTLY (outside a transaction)
DROP INDEX public.item_price;

-- staging ahead · index public.item.item_created
-- hazard, blocks writes: builds the index while holding a SHARE lock on public.item (no row estimate yet, 0 B), blocking writes
--   safer path: CREATE INDEX CONCURRENTLY (outside a transaction)
CREATE INDEX item_created ON public.item USING brin (created) WITH (pages_per_range='64');

-- staging ahead · index public.item.item_lower_name
-- hazard, blocks writes: builds the index while holding a SHARE lock on public.item (no row estimate yet, 0 B), blocking writes
--   safer path: CREATE INDEX CONCURRENTLY (outside a transaction)
CREATE UNIQUE INDEX item_lower_name ON public.item USING btree (lower(name), ((price)::integer));

-- staging ahead · index public.item.item_name
-- hazard, blocks writes: builds the index while holding a SHARE lock on public.item (no row estimate yet, 0 B), blocking writes
--   safer path: CREATE INDEX CONCURRENTLY (outside a transaction)
CREATE INDEX item_name ON public.item USING btree (name COLLATE "C" text_pattern_ops DESC NULLS LAST);

-- staging ahead · index public.item.item_price
-- hazard, blocks writes: builds the index while holding a SHARE lock on public.item (no row estimate yet, 0 B), blocking writes
--   safer path: CREATE INDEX CONCURRENTLY (outside a transaction)
CREATE INDEX item_price ON public.item USING btree (price) INCLUDE (name, created) WHERE (price > (0)::numeric);

-- staging ahead · index public.item.item_tags
-- hazard, blocks writes: builds the index while holding a SHARE lock on public.item (no row estimate yet, 0 B), blocking writes
--   safer path: CREATE INDEX CONCURRENTLY (outside a transaction)
CREATE INDEX item_tags ON public.item USING gin (tags);

COMMIT;
