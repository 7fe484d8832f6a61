CREATE TABLE "MixedCase" ("ID" integer, "Value" varchar(10), "Drop Me" text);
CREATE TYPE "Mood" AS ENUM ('ok', 'bad');
