-- pgdrift migration · pair adhoc · fingerprint d682a68bc09a
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 4 changes (1 added, 1 removed, 2 altered) · 6 statements, 4 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

-- production ahead · subscription gone · runs outside a transaction
-- hazard, cannot run in a transaction: DROP SUBSCRIPTION of a subscription with a replication slot cannot run in a transaction block
-- hazard, logical replication: drops subscription gone: this database stops receiving its publications' changes, and PostgreSQL connects to the publisher to drop the replication slot
--   safer path: if the publisher is unreachable: ALTER SUBSCRIPTION gone DISABLE, then SET (slot_name = NONE), then drop the slot on the publisher by hand
DROP SUBSCRIPTION gone;

BEGIN;

-- staging ahead · subscription reshaped
-- hazard, logical replication: subscription reshaped now follows other publications; tables they add are not copied until ALTER SUBSCRIPTION reshaped REFRESH PUBLICATION (which connects to the publisher)
ALTER SUBSCRIPTION reshaped SET PUBLICATION app, more WITH (refresh = false);

-- staging ahead · subscription tuned
-- hazard, logical replication: subscription tuned now follows other publications; tables they add are not copied until ALTER SUBSCRIPTION tuned REFRESH PUBLICATION (which connects to the publisher)
ALTER SUBSCRIPTION tuned SET PUBLICATION app WITH (refresh = false);

-- staging ahead · subscription tuned
ALTER SUBSCRIPTION tuned SET (synchronous_commit = 'remote_write');

-- staging ahead · subscription Fresh
-- hazard, placeholder to fill in: subscription Fresh: its connection string never leaves staging; replace 'host=FILL-IN-publisher-of-Fresh dbname=FILL-IN' with the publisher's, and note that it is created without connecting (no slot, disabled, no initial copy)
--   safer path: after filling it in: create the slot on the publisher (or ALTER SUBSCRIPTION ... SET (slot_name = NONE) and create one), then ALTER SUBSCRIPTION "Fresh" ENABLE and ALTER SUBSCRIPTION "Fresh" REFRESH PUBLICATION
CREATE SUBSCRIPTION "Fresh" CONNECTION 'host=FILL-IN-publisher-of-Fresh dbname=FILL-IN' PUBLICATION app WITH (connect = false, streaming = 'parallel', synchronous_commit = 'remote_apply');

-- staging ahead · subscription tuned
COMMENT ON SUBSCRIPTION tuned IS 'new words';

COMMIT;
