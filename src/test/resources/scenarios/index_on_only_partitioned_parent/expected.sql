-- pgdrift migration · pair adhoc · fingerprint e24726945aa4
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 1 change (1 added, 0 removed, 0 altered) · 1 statement, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · index public.events.events_kind_idx
CREATE INDEX events_kind_idx ON ONLY public.events USING btree (kind);

COMMIT;
