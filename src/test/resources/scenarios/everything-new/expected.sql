-- pgdrift migration · pair adhoc · fingerprint dedc2d943010
-- apply to FROM (production): production.json · PostgreSQL <version>
-- to match TO (staging): staging.json · PostgreSQL <version>
-- 27 changes (27 added, 0 removed, 0 altered) · 21 statements, 0 with hazards
-- run: psql -v ON_ERROR_STOP=1 -f migration.sql
-- online: waits at most 5s for each lock, in short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the rest (do not add --single-transaction)

SET lock_timeout = '5s';
SET statement_timeout = '1min';

BEGIN;

-- staging ahead · function app.account_total(a bigint)
SET check_function_bodies = false;

-- staging ahead · schema app
CREATE SCHEMA app;

-- staging ahead · schema app
GRANT USAGE ON SCHEMA app TO pgdrift_app;

-- staging ahead · enum app.state
CREATE TYPE app.state AS ENUM ('on', 'off');

-- staging ahead · domain app.pct
CREATE DOMAIN app.pct AS numeric CONSTRAINT pct_check CHECK (((VALUE >= (0)::numeric) AND (VALUE <= (100)::numeric)));

-- staging ahead · sequence app.orders_id_seq
CREATE SEQUENCE app.orders_id_seq AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

-- staging ahead · sequence app.ticket_no
CREATE SEQUENCE app.ticket_no AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

-- staging ahead · table app.accounts
CREATE TABLE app.accounts (
    id bigint GENERATED ALWAYS AS IDENTITY,
    name text NOT NULL,
    state app.state DEFAULT 'on'::app.state NOT NULL,
    discount app.pct,
    ticket integer DEFAULT nextval('app.ticket_no'::regclass),
    CONSTRAINT accounts_name_key UNIQUE (name),
    CONSTRAINT accounts_pkey PRIMARY KEY (id)
);

-- staging ahead · table app.orders
CREATE TABLE app.orders (
    id bigint DEFAULT nextval('app.orders_id_seq'::regclass) NOT NULL,
    account_id bigint NOT NULL,
    total numeric(12,2),
    CONSTRAINT orders_pkey PRIMARY KEY (id),
    CONSTRAINT orders_total_check CHECK ((total >= (0)::numeric))
);

-- staging ahead · table app.orders
ALTER TABLE app.orders ENABLE ROW LEVEL SECURITY;

-- staging ahead · table app.orders
COMMENT ON TABLE app.orders IS 'orders';

-- staging ahead · table app.orders
GRANT SELECT ON TABLE app.orders TO pgdrift_app;

-- staging ahead · index app.orders.orders_account_idx
CREATE INDEX orders_account_idx ON app.orders USING btree (account_id);

-- staging ahead · function app.account_total(a bigint)
CREATE OR REPLACE FUNCTION app.account_total(a bigint)
 RETURNS numeric
 LANGUAGE sql
 STABLE
AS $function$ SELECT coalesce(sum(total), 0) FROM app.orders WHERE account_id = a $function$;

-- staging ahead · view app.account_totals
CREATE VIEW app.account_totals AS
SELECT id, app.account_total(id) AS total FROM app.accounts;

-- staging ahead · materialized view app.big_accounts
CREATE MATERIALIZED VIEW app.big_accounts AS
SELECT id FROM app.account_totals WHERE (total > (1000)::numeric)
WITH DATA;

-- staging ahead · function app.touch()
CREATE OR REPLACE FUNCTION app.touch()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$ BEGIN RETURN NEW; END $function$;

-- staging ahead · trigger app.accounts.accounts_touch
CREATE TRIGGER accounts_touch BEFORE UPDATE ON app.accounts FOR EACH ROW EXECUTE FUNCTION app.touch();

-- staging ahead · policy app.orders.orders_all
CREATE POLICY orders_all ON app.orders AS PERMISSIVE FOR ALL TO pgdrift_app USING (true);

-- staging ahead · sequence app.orders_id_seq
ALTER SEQUENCE app.orders_id_seq OWNED BY app.orders.id;

-- staging ahead · constraint app.orders.orders_account_id_fkey
ALTER TABLE app.orders ADD CONSTRAINT orders_account_id_fkey FOREIGN KEY (account_id) REFERENCES app.accounts(id);

COMMIT;
