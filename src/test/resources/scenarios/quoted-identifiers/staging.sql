CREATE TABLE plain (id integer);
CREATE SCHEMA "Sales Data";
CREATE TABLE "Sales Data"."Order Lines" ("Line ID" integer PRIMARY KEY, "say ""hi""" text, "Größe" numeric, "select" text, "user" text, "order" integer);
CREATE INDEX "Idx ""Odd"" Name" ON "Sales Data"."Order Lines" ("select", "user");
CREATE VIEW "Sales Data"."View With Spaces" AS SELECT "Line ID", "say ""hi""" FROM "Sales Data"."Order Lines";
CREATE TYPE "Sales Data"."Status Kind" AS ENUM ('it''s', 'Ünïcode', 'a "quoted" label');
CREATE TABLE "Sales Data"."user" ("group" integer, "from" "Sales Data"."Status Kind" DEFAULT 'it''s');
CREATE FUNCTION "Sales Data"."Compute Total"("Amount" numeric) RETURNS numeric LANGUAGE sql AS $$ SELECT "Amount" * 2 $$;
COMMENT ON TABLE "Sales Data"."Order Lines" IS 'quote '' and "double" and \ backslash';
