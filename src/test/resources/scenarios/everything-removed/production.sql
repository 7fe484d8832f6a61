CREATE SCHEMA app;
CREATE TYPE app.state AS ENUM ('on', 'off');
CREATE DOMAIN app.pct AS numeric CHECK (VALUE BETWEEN 0 AND 100);
CREATE TABLE app.accounts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL UNIQUE, state app.state NOT NULL DEFAULT 'on', discount app.pct);
CREATE TABLE app.orders (id bigserial PRIMARY KEY, account_id bigint NOT NULL REFERENCES app.accounts(id));
CREATE FUNCTION app.account_total(a bigint) RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM app.orders WHERE account_id = a $$;
CREATE VIEW app.account_totals AS SELECT id, app.account_total(id) AS total FROM app.accounts;
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER accounts_touch BEFORE UPDATE ON app.accounts FOR EACH ROW EXECUTE FUNCTION app.touch();
