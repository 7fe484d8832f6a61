CREATE SCHEMA "Sales & ""Ops""";
CREATE TABLE "Sales & ""Ops"""."Order" ("Id" integer PRIMARY KEY, "select" text, "naïve café" text);
