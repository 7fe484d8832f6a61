CREATE TABLE "user" (id integer PRIMARY KEY, "order" integer);
CREATE TABLE "select" ("from" integer, "where" text);
