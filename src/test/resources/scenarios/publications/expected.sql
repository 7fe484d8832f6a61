-- pgdrift migration · pair adhoc · fingerprint 914c0276ae6a
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 13 changes (4 added, 4 removed, 5 altered) · 12 statements, 8 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · publication Became all
-- hazard, logical replication: drops publication Became all: its subscribers stop receiving changes and report errors until they are pointed elsewhere
DROP PUBLICATION "Became all";

-- production ahead · publication gone
-- hazard, logical replication: drops publication gone: its subscribers stop receiving changes and report errors until they are pointed elsewhere
DROP PUBLICATION gone;

-- staging ahead · publication everything
-- hazard, logical replication: what publication everything publishes changes: its subscribers receive changes accordingly from this statement on
ALTER PUBLICATION everything SET (publish = 'insert, update, delete', publish_via_partition_root = false);

-- staging ahead · publication loses_table
-- hazard, logical replication: what publication loses_table publishes changes: its subscribers receive changes accordingly from this statement on
ALTER PUBLICATION loses_table DROP TABLE ONLY public.retired;

-- production ahead · table public.retired
-- hazard, data loss: drops table public.retired (no row estimate yet, 0 B) and every row in it
--   safer path: if public.fresh is this table renamed, use ALTER TABLE public.retired RENAME TO fresh instead to keep the rows
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on public.retired (no row estimate yet, 0 B)
DROP TABLE public.retired;

-- staging ahead · publication partitions
-- hazard, logical replication: what publication partitions publishes changes: its subscribers receive changes accordingly from this statement on
ALTER PUBLICATION partitions SET (publish = 'insert, update, delete, truncate', publish_via_partition_root = true);

-- staging ahead · table public.fresh
CREATE TABLE public.fresh (
    id integer NOT NULL,
    CONSTRAINT fresh_pkey PRIMARY KEY (id)
);

-- staging ahead · publication listed
-- hazard, logical replication: what publication listed publishes changes: its subscribers receive changes accordingly from this statement on
ALTER PUBLICATION listed DROP TABLE ONLY public.orders;

-- staging ahead · publication listed
-- hazard, logical replication: what publication listed publishes changes: its subscribers receive changes accordingly from this statement on
ALTER PUBLICATION listed ADD TABLE ONLY public.fresh;

-- staging ahead · publication Became all
CREATE PUBLICATION "Became all" FOR ALL TABLES WITH (publish = 'insert, update, delete, truncate', publish_via_partition_root = false);

-- staging ahead · publication empty_one
CREATE PUBLICATION empty_one WITH (publish = 'insert, update, delete, truncate', publish_via_partition_root = false);

-- staging ahead · publication listed
COMMENT ON PUBLICATION listed IS 'new words';

COMMIT;
