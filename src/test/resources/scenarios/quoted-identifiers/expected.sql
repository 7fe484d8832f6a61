-- pgdrift migration · pair adhoc · fingerprint f3f490291866
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 16 changes (16 added, 0 removed, 0 altered) · 9 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function Sales Data.Compute Total("Amount" numeric)
SET check_function_bodies = false;

-- staging ahead · schema Sales Data
CREATE SCHEMA "Sales Data";

-- staging ahead · enum Sales Data.Status Kind
CREATE TYPE "Sales Data"."Status Kind" AS ENUM ('it''s', 'Ünïcode', 'a "quoted" label');

-- staging ahead · table Sales Data.Order Lines
CREATE TABLE "Sales Data"."Order Lines" (
    "Line ID" integer NOT NULL,
    "say ""hi""" text,
    "Größe" numeric,
    "select" text,
    "user" text,
    "order" integer,
    CONSTRAINT "Order Lines_pkey" PRIMARY KEY ("Line ID")
);

-- staging ahead · table Sales Data.Order Lines
COMMENT ON TABLE "Sales Data"."Order Lines" IS 'quote '' and "double" and \ backslash';

-- staging ahead · table Sales Data.user
CREATE TABLE "Sales Data"."user" (
    "group" integer,
    "from" "Sales Data"."Status Kind" DEFAULT 'it''s'::"Sales Data"."Status Kind"
);

-- staging ahead · index Sales Data.Order Lines.Idx "Odd" Name
CREATE INDEX "Idx ""Odd"" Name" ON "Sales Data"."Order Lines" USING btree ("select", "user");

-- staging ahead · view Sales Data.View With Spaces
CREATE VIEW "Sales Data"."View With Spaces" AS
SELECT "Line ID", "say ""hi""" FROM "Sales Data"."Order Lines";

-- staging ahead · function Sales Data.Compute Total("Amount" numeric)
CREATE OR REPLACE FUNCTION "Sales Data"."Compute Total"("Amount" numeric)
 RETURNS numeric
 LANGUAGE sql
AS $function$ SELECT "Amount" * 2 $function$;

COMMIT;
