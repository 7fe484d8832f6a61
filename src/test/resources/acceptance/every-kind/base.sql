-- A shop schema holding every object kind pgdrift compares, with awkward identifiers; loaded into both
-- databases before plants.sql changes the staging copy.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'acceptance auditor') THEN
        CREATE ROLE "acceptance auditor";
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'acceptance_app') THEN
        CREATE ROLE acceptance_app;
    END IF;
END
$$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

CREATE EXTENSION IF NOT EXISTS citext;

CREATE SCHEMA shop;
CREATE SCHEMA "Ledger ""Q""";
CREATE SCHEMA "order";
CREATE SCHEMA "café";

CREATE TYPE shop.status AS ENUM ('new', 'paid', 'shipped');
CREATE TYPE shop.money_pair AS (amount numeric(12,2), currency char(3));
CREATE DOMAIN shop.sku AS text CHECK (VALUE ~ '^[A-Z0-9-]+$');
CREATE DOMAIN shop.qty AS integer DEFAULT 1 NOT NULL CHECK (VALUE > 0);

CREATE SEQUENCE shop.ticket_seq AS integer START 10 INCREMENT 2 MINVALUE 10 MAXVALUE 100000 CACHE 1;

CREATE FUNCTION shop.stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed_at := now();
    RETURN NEW;
END
$$;
CREATE FUNCTION shop.net(gross numeric, rate numeric DEFAULT 0.2) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS $$ SELECT round(gross / (1 + rate), 2) $$;
CREATE FUNCTION shop.net(gross integer) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT gross::numeric';
CREATE PROCEDURE shop.purge(keep_days integer) LANGUAGE plpgsql AS $$ BEGIN PERFORM keep_days; END $$;
CREATE FUNCTION shop.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE EVENT TRIGGER shop_ddl ON ddl_command_start EXECUTE FUNCTION shop.on_ddl();

CREATE TABLE shop.customer (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email citext NOT NULL,
    "Full Name" text COLLATE "C",
    "select" integer DEFAULT 0,
    note text,
    changed_at timestamptz,
    CONSTRAINT customer_email_key UNIQUE (email)
);
CREATE TABLE shop.product (
    sku shop.sku PRIMARY KEY,
    title varchar(80) NOT NULL,
    price numeric(10,2) NOT NULL CHECK (price >= 0),
    price_net numeric GENERATED ALWAYS AS (price / 1.2) STORED,
    tags text[],
    status shop.status DEFAULT 'new'
);
CREATE TABLE shop."order" (
    id serial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES shop.customer (id) ON DELETE RESTRICT,
    placed date NOT NULL DEFAULT current_date,
    total numeric(12,2),
    ticket integer DEFAULT nextval('shop.ticket_seq')
);
CREATE TABLE shop.line (
    order_id integer REFERENCES shop."order" ON DELETE CASCADE,
    sku shop.sku REFERENCES shop.product,
    qty shop.qty,
    PRIMARY KEY (order_id, sku)
);
CREATE INDEX line_sku ON shop.line (sku);
CREATE INDEX order_placed ON shop."order" (placed DESC) WHERE total IS NOT NULL;
CREATE UNLOGGED TABLE shop.session (token text PRIMARY KEY, data jsonb);
CREATE TABLE shop.event (id bigint NOT NULL, at date NOT NULL, kind text, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE shop.event_2025 PARTITION OF shop.event FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE shop.item (name text NOT NULL);
CREATE TABLE shop.book (isbn text) INHERITS (shop.item);
CREATE TABLE "Ledger ""Q"""."Entry Line" ("Amount €" numeric, "user" text, "from" date);
CREATE TABLE "order"."table" ("column" integer, "café" text);
CREATE TABLE "café"."naïve" (id integer);

CREATE TRIGGER customer_stamp BEFORE UPDATE ON shop.customer FOR EACH ROW EXECUTE FUNCTION shop.stamp();

CREATE VIEW shop.order_totals AS
    SELECT o.id, o.customer_id, sum(p.price * l.qty) AS total
    FROM shop."order" o JOIN shop.line l ON l.order_id = o.id JOIN shop.product p ON p.sku = l.sku
    GROUP BY o.id, o.customer_id;
CREATE MATERIALIZED VIEW shop.daily AS SELECT placed, count(*) AS n FROM shop."order" GROUP BY placed WITH NO DATA;
CREATE UNIQUE INDEX daily_placed ON shop.daily (placed);

ALTER TABLE shop."order" ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_orders ON shop."order" FOR SELECT TO acceptance_app USING (customer_id > 0);

GRANT USAGE ON SCHEMA shop TO acceptance_app;
GRANT SELECT ON shop.product TO acceptance_app;
GRANT SELECT, UPDATE ON shop.customer TO "acceptance auditor";
GRANT USAGE ON SEQUENCE shop.ticket_seq TO acceptance_app;
GRANT ALL ON shop.session TO acceptance_app;
GRANT EXECUTE ON FUNCTION shop.net(numeric, numeric) TO acceptance_app;

COMMENT ON TABLE shop.customer IS 'people who buy';
COMMENT ON COLUMN shop.product.title IS 'shown in the catalogue';
