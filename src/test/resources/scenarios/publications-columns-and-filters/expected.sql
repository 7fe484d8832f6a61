-- pgdrift migration · pair adhoc · fingerprint 98b947a3a9a1
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (1 added, 0 removed, 3 altered) · 8 statements, 7 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · publication by_schema
-- hazard, logical replication: what publication by_schema publishes changes: its subscribers receive changes accordingly from this statement on
ALTER PUBLICATION by_schema ADD TABLES IN SCHEMA stock;

-- staging ahead · publication filtered
-- hazard, logical replication: what publication filtered publishes changes: its subscribers receive changes accordingly from this statement on
ALTER PUBLICATION filtered DROP TABLE ONLY public.orders;

-- staging ahead · publication filtered
-- hazard, logical replication: what publication filtered publishes changes: its subscribers receive changes accordingly from this statement on
ALTER PUBLICATION filtered ADD TABLE ONLY public.orders (id, status) WHERE ((status <> 'void'::text));

-- staging ahead · publication mixed
-- hazard, logical replication: what publication mixed publishes changes: its subscribers receive changes accordingly from this statement on
ALTER PUBLICATION mixed DROP TABLE ONLY public.orders;

-- staging ahead · publication mixed
-- hazard, logical replication: what publication mixed publishes changes: its subscribers receive changes accordingly from this statement on
ALTER PUBLICATION mixed ADD TABLE ONLY public.orders;

-- staging ahead · publication mixed
-- hazard, logical replication: what publication mixed publishes changes: its subscribers receive changes accordingly from this statement on
ALTER PUBLICATION mixed DROP TABLES IN SCHEMA stock;

-- staging ahead · publication mixed
-- hazard, logical replication: what publication mixed publishes changes: its subscribers receive changes accordingly from this statement on
ALTER PUBLICATION mixed ADD TABLES IN SCHEMA sales;

-- staging ahead · publication fresh
CREATE PUBLICATION fresh FOR TABLE ONLY public.orders (id, amount) WHERE ((amount > (100)::numeric)), TABLE ONLY sales.invoice WITH (publish = 'insert', publish_via_partition_root = false);

COMMIT;
