CREATE TABLE "user" (id bigint PRIMARY KEY, "order" bigint, "check" boolean DEFAULT true);
CREATE TABLE "order" ("user" integer REFERENCES "user"(id), "table" text);
CREATE VIEW "group" AS SELECT "order" FROM "user";
