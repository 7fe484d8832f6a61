CREATE TYPE "Sales & ""Ops"""."Stätus" AS ENUM ('it''s new', 'done "really"', 'ünïcode');
ALTER TABLE "Sales & ""Ops"""."Order" ADD COLUMN "from" "Sales & ""Ops"""."Stätus" DEFAULT 'it''s new';
ALTER TABLE "Sales & ""Ops"""."Order" ADD COLUMN "user name" varchar(30) COLLATE "C" NOT NULL DEFAULT 'x';
CREATE INDEX "Order by ""from""" ON "Sales & ""Ops"""."Order" ("from", lower("user name"));
ALTER TABLE "Sales & ""Ops"""."Order" ADD CONSTRAINT "check ""user""" CHECK ("user name" <> '');
CREATE TABLE "Sales & ""Ops"""."table" ("order" integer REFERENCES "Sales & ""Ops"""."Order" ("Id"), "group" text);
CREATE VIEW "Sales & ""Ops"""."Where" AS SELECT "Id" AS "select", "from" FROM "Sales & ""Ops"""."Order" WHERE "select" = 'a''b';
CREATE FUNCTION "Sales & ""Ops"""."Grand Total"("in" integer, "Out Value" text DEFAULT 'a b') RETURNS integer
    LANGUAGE sql AS $$ SELECT "in" + 1 $$;
COMMENT ON TABLE "Sales & ""Ops"""."Order" IS 'Orders | with `backticks` and *markup* and ''quotes''';
ALTER TABLE "Sales & ""Ops"""."Order" DROP COLUMN "naïve café";
