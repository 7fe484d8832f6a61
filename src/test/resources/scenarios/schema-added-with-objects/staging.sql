CREATE SCHEMA billing;
CREATE TYPE billing.plan AS ENUM ('free', 'pro');
CREATE SEQUENCE billing.invoice_no;
CREATE TABLE billing.subscription (id integer PRIMARY KEY, user_id integer REFERENCES public.users (id),
    plan billing.plan NOT NULL DEFAULT 'free', no bigint DEFAULT nextval('billing.invoice_no'));
CREATE VIEW billing.pro_users AS SELECT user_id FROM billing.subscription WHERE plan = 'pro';
CREATE FUNCTION billing.is_pro(uid integer) RETURNS boolean LANGUAGE sql STABLE
    AS $$ SELECT EXISTS (SELECT 1 FROM billing.subscription WHERE user_id = uid AND plan = 'pro') $$;
COMMENT ON SCHEMA billing IS 'money';
