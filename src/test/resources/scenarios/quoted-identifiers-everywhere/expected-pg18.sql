-- pgdrift migration · pair adhoc · fingerprint ce33c4d4baa4
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 13 changes (11 added, 1 removed, 1 altered) · 12 statements, 6 with hazards
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
-- hazard, full-table validation scan: checks every row of Sales & "Ops".Order (no row estimate yet, 0 B) while holding its lock
--   safer path: add it NOT VALID, then ALTER TABLE "Sales & ""Ops"""."Order" VALIDATE CONSTRAINT "check ""user""" in a separate transaction
-- hazard, ACCESS EXCLUSIVE lock: adding a constraint takes an ACCESS EXCLUSIVE lock on Sales & "Ops".Order (no row estimate yet, 0 B), blocking reads and writes while it runs
ALTER TABLE "Sales & ""Ops"""."Order" ADD CONSTRAINT "check ""user""" CHECK ((("user name")::text <> ''::text));

-- staging ahead · index Sales & "Ops".Order.Order by "from"
-- hazard, blocks writes: builds the index while holding a SHARE lock on Sales & "Ops".Order (no row estimate yet, 0 B), blocking writes
--   safer path: CREATE INDEX CONCURRENTLY (outside a transaction)
CREATE INDEX "Order by ""from""" ON "Sales & ""Ops"""."Order" USING btree ("from", lower(("user name")::text));

-- staging ahead · view Sales & "Ops".Where
CREATE VIEW "Sales & ""Ops"""."Where" AS
SELECT "Id" AS "select", "from" FROM "Sales & ""Ops"""."Order" WHERE ("select" = 'a''b'::text);

-- staging ahead · function Sales & "Ops".Grand Total("in" integer, "Out Value" text)
CREATE OR REPLACE FUNCTION "Sales & ""Ops"""."Grand Total"("in" integer, "Out Value" text DEFAULT 'a b'::text)
 RETURNS integer
 LANGUAGE sql
AS $function$ SELECT "in" + 1 $function$;

-- staging ahead · constraint Sales & "Ops".table.table_order_fkey
-- hazard, full-table validation scan: checks every row of Sales & "Ops".table against Sales & "Ops".Order while holding its lock
--   safer path: add it NOT VALID, then ALTER TABLE "Sales & ""Ops"""."table" VALIDATE CONSTRAINT table_order_fkey in a separate transaction
-- hazard, blocks writes: takes SHARE ROW EXCLUSIVE locks on Sales & "Ops".table and Sales & "Ops".Order
ALTER TABLE "Sales & ""Ops"""."table" ADD CONSTRAINT table_order_fkey FOREIGN KEY ("order") REFERENCES "Sales & ""Ops"""."Order"("Id");

COMMIT;
