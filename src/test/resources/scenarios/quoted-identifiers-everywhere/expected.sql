-- pgdrift migration · pair adhoc · fingerprint 36042a733a5b
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 13 changes (11 added, 1 removed, 1 altered) · 13 statements, 7 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function Sales & "Ops".Grand Total("in" integer, "Out Value" text)
SET check_function_bodies = false;

-- production ahead · column Sales & "Ops".Order.naïve café
-- hazard, data loss: drops column naïve café of Sales & "Ops".Order (no row estimate yet, 0 B) and its data
-- hazard, ACCESS EXCLUSIVE lock: dropping the column takes an ACCESS EXCLUSIVE lock on Sales & "Ops".Order (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE "Sales & ""Ops"""."Order" DROP COLUMN "naïve café";

-- staging ahead · enum Sales & "Ops".Stätus
CREATE TYPE "Sales & ""Ops"""."Stätus" AS ENUM ('it''s new', 'done "really"', 'ünïcode');

-- staging ahead · table Sales & "Ops".Order
COMMENT ON TABLE "Sales & ""Ops"""."Order" IS 'Orders | with `backticks` and *markup* and ''quotes''';

-- staging ahead · table Sales & "Ops".table
CREATE TABLE "Sales & ""Ops"""."table" (
    "order" integer,
    "group" text
);

-- staging ahead · column Sales & "Ops".Order.from
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on Sales & "Ops".Order (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE "Sales & ""Ops"""."Order" ADD COLUMN "from" "Sales & ""Ops"""."Stätus" DEFAULT 'it''s new'::"Sales & ""Ops"""."Stätus";

-- staging ahead · column Sales & "Ops".Order.user name
-- hazard, ACCESS EXCLUSIVE lock: adding a column takes an ACCESS EXCLUSIVE lock on Sales & "Ops".Order (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE "Sales & ""Ops"""."Order" ADD COLUMN "user name" character varying(30) COLLATE "C" DEFAULT 'x'::character varying NOT NULL;

-- staging ahead · constraint Sales & "Ops".Order.check "user"
-- hazard, ACCESS EXCLUSIVE lock: takes an ACCESS EXCLUSIVE lock on Sales & "Ops".Order (no row estimate yet, 0 B) for a catalog change only (no scan)
ALTER TABLE "Sales & ""Ops"""."Order" ADD CONSTRAINT "check ""user""" CHECK ((("user name")::text <> ''::text)) NOT VALID;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · index Sales & "Ops".Order.Order by "from" · runs outside a transaction · no statement_timeout: it reads every row
-- hazard, cannot run in a transaction: builds the index CONCURRENTLY: reads and writes of Sales & "Ops".Order (no row estimate yet, 0 B) go on, the build scans it twice; if it fails it leaves an invalid index, which pgdrift run again rebuilds
CREATE INDEX CONCURRENTLY "Order by ""from""" ON "Sales & ""Ops"""."Order" USING btree ("from", lower(("user name")::text));

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · view Sales & "Ops".Where
CREATE VIEW "Sales & ""Ops"""."Where" AS
SELECT "Id" AS "select", "from" FROM "Sales & ""Ops"""."Order" WHERE ("select" = 'a''b'::text);

-- staging ahead · function Sales & "Ops".Grand Total("in" integer, "Out Value" text)
CREATE OR REPLACE FUNCTION "Sales & ""Ops"""."Grand Total"("in" integer, "Out Value" text DEFAULT 'a b'::text)
 RETURNS integer
 LANGUAGE sql
AS $function$ SELECT "in" + 1 $function$;

COMMIT;

SET statement_timeout = '0';

-- staging ahead · constraint Sales & "Ops".Order.check "user" · runs in a transaction of its own · no statement_timeout: it reads every row
-- hazard, full-table validation scan: checks every row of Sales & "Ops".Order (no row estimate yet, 0 B) (under a SHARE UPDATE EXCLUSIVE lock: reads and writes continue)
ALTER TABLE "Sales & ""Ops"""."Order" VALIDATE CONSTRAINT "check ""user""";

BEGIN;

SET statement_timeout = '1min';

-- staging ahead · constraint Sales & "Ops".table.table_order_fkey
-- hazard, full-table validation scan: checks every row of Sales & "Ops".table against Sales & "Ops".Order while holding its lock
--   safer path: add it NOT VALID, then ALTER TABLE "Sales & ""Ops"""."table" VALIDATE CONSTRAINT table_order_fkey in a separate transaction
-- hazard, blocks writes: takes SHARE ROW EXCLUSIVE locks on Sales & "Ops".table and Sales & "Ops".Order
ALTER TABLE "Sales & ""Ops"""."table" ADD CONSTRAINT table_order_fkey FOREIGN KEY ("order") REFERENCES "Sales & ""Ops"""."Order"("Id");

COMMIT;
