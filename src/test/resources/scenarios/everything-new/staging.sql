DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pgdrift_reporting') THEN CREATE ROLE pgdrift_reporting; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pgdrift_app') THEN CREATE ROLE pgdrift_app; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'Pgdrift Auditor') THEN CREATE ROLE "Pgdrift Auditor"; END IF;
END $$;
CREATE SCHEMA app;
CREATE TYPE app.state AS ENUM ('on', 'off');
CREATE DOMAIN app.pct AS numeric CHECK (VALUE BETWEEN 0 AND 100);
CREATE SEQUENCE app.ticket_no;
CREATE TABLE app.accounts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL UNIQUE, state app.state NOT NULL DEFAULT 'on',
  discount app.pct, ticket integer DEFAULT nextval('app.ticket_no'));
CREATE TABLE app.orders (id bigserial PRIMARY KEY, account_id bigint NOT NULL REFERENCES app.accounts(id), total numeric(12,2) CHECK (total >= 0));
CREATE INDEX orders_account_idx ON app.orders (account_id);
CREATE FUNCTION app.account_total(a bigint) RETURNS numeric LANGUAGE sql STABLE AS $$ SELECT coalesce(sum(total), 0) FROM app.orders WHERE account_id = a $$;
CREATE VIEW app.account_totals AS SELECT id, app.account_total(id) AS total FROM app.accounts;
CREATE MATERIALIZED VIEW app.big_accounts AS SELECT id FROM app.account_totals WHERE total > 1000;
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER accounts_touch BEFORE UPDATE ON app.accounts FOR EACH ROW EXECUTE FUNCTION app.touch();
ALTER TABLE app.orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_all ON app.orders TO pgdrift_app USING (true);
GRANT USAGE ON SCHEMA app TO pgdrift_app;
GRANT SELECT ON app.orders TO pgdrift_app;
COMMENT ON TABLE app.orders IS 'orders';
