-- pgdrift migration · pair adhoc · fingerprint 14ad1ba72bc3
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 12 changes (12 added, 0 removed, 0 altered) · 9 statements, 1 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function billing.is_pro(uid integer)
SET check_function_bodies = false;

-- staging ahead · schema billing
CREATE SCHEMA billing;

-- staging ahead · schema billing
COMMENT ON SCHEMA billing IS 'money';

-- staging ahead · enum billing.plan
CREATE TYPE billing.plan AS ENUM ('free', 'pro');

-- staging ahead · sequence billing.invoice_no
CREATE SEQUENCE billing.invoice_no AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

-- staging ahead · table billing.subscription
CREATE TABLE billing.subscription (
    id integer NOT NULL,
    user_id integer,
    plan billing.plan DEFAULT 'free'::billing.plan NOT NULL,
    no bigint DEFAULT nextval('billing.invoice_no'::regclass),
    CONSTRAINT subscription_pkey PRIMARY KEY (id)
);

-- staging ahead · view billing.pro_users
CREATE VIEW billing.pro_users AS
SELECT user_id FROM billing.subscription WHERE (plan = 'pro'::billing.plan);

-- staging ahead · function billing.is_pro(uid integer)
CREATE OR REPLACE FUNCTION billing.is_pro(uid integer)
 RETURNS boolean
 LANGUAGE sql
 STABLE
AS $function$ SELECT EXISTS (SELECT 1 FROM billing.subscription WHERE user_id = uid AND plan = 'pro') $function$;

-- staging ahead · constraint billing.subscription.subscription_user_id_fkey
-- hazard, full-table validation scan: checks every row of billing.subscription against public.users while holding its lock
--   safer path: add it NOT VALID, then ALTER TABLE billing.subscription VALIDATE CONSTRAINT subscription_user_id_fkey in a separate transaction
-- hazard, blocks writes: takes SHARE ROW EXCLUSIVE locks on billing.subscription and public.users
ALTER TABLE billing.subscription ADD CONSTRAINT subscription_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);

COMMIT;
