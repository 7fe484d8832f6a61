-- The demo shop's staging database: release V6 (as in production, without production's hotfix) plus the
-- migrations V7-V9 that staging has run and production has not.

-- V7: orders can be refunded (ALTER TYPE order_status ADD VALUE 'refunded')
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled', 'refunded');

CREATE TABLE customers (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email      text        NOT NULL UNIQUE,
    full_name  text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
-- V8: newsletter consent
ALTER TABLE customers ADD COLUMN marketing_opt_in boolean NOT NULL DEFAULT false;

CREATE TABLE products (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku         varchar(32)  NOT NULL UNIQUE,
    name        varchar(120) NOT NULL,
    price_cents integer      NOT NULL CHECK (price_cents >= 0),
    active      boolean      NOT NULL DEFAULT true
);

CREATE TABLE orders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint       NOT NULL REFERENCES customers (id),
    status      order_status NOT NULL DEFAULT 'pending',
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON orders (customer_id);
-- V8: reports by day
CREATE INDEX orders_created_at_idx ON orders (created_at);

CREATE TABLE order_items (
    order_id         bigint  NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id       bigint  NOT NULL REFERENCES products (id),
    quantity         integer NOT NULL CHECK (quantity > 0),
    unit_price_cents integer NOT NULL,
    PRIMARY KEY (order_id, product_id)
);
CREATE INDEX order_items_product_idx ON order_items (product_id);

-- V9: shipments tracked per order
CREATE TABLE shipments (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id      bigint      NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    carrier       text        NOT NULL,
    tracking_code text,
    shipped_at    timestamptz
);
CREATE INDEX shipments_order_idx ON shipments (order_id);

-- V9: order_totals also counts items
CREATE VIEW order_totals AS
SELECT o.id AS order_id, o.customer_id, sum(i.quantity * i.unit_price_cents) AS total_cents,
       count(*) AS item_count
FROM orders o
JOIN order_items i ON i.order_id = o.id
GROUP BY o.id, o.customer_id;

CREATE FUNCTION touch_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

CREATE TRIGGER orders_touch BEFORE UPDATE ON orders
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_of_customer ON orders
    USING (customer_id = current_setting('app.customer_id', true)::bigint);

COMMENT ON TABLE orders IS 'One checkout; items in order_items.';
