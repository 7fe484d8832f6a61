CREATE TYPE "Mood" AS ENUM ('bad', 'ok', 'good');
CREATE TABLE "MixedCase" ("ID" integer NOT NULL, "Value" varchar(100) DEFAULT 'x', "New Col" "Mood");
