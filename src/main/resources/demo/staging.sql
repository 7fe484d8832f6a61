-- Staging after the migrations V7-V9, which production has not run yet.

-- V7: orders can be refunded
ALTER TYPE order_status ADD VALUE 'refunded' AFTER 'shipped';

-- V8: newsletter consent, and reports by day
ALTER TABLE customers ADD COLUMN marketing_opt_in boolean NOT NULL DEFAULT false;
CREATE INDEX orders_created_at_idx ON orders (created_at);

-- V9: shipments tracked per order, and order_totals counts items
CREATE TABLE shipments (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id      bigint      NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    carrier       text        NOT NULL,
    tracking_code text,
    shipped_at    timestamptz
);
CREATE INDEX shipments_order_idx ON shipments (order_id);

CREATE OR REPLACE VIEW order_totals AS
SELECT o.id AS order_id, o.customer_id, sum(i.quantity * i.unit_price_cents) AS total_cents,
       count(*) AS item_count
FROM orders o
JOIN order_items i ON i.order_id = o.id
GROUP BY o.id, o.customer_id;
