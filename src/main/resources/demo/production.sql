-- Production after an incident: a hand-made hotfix that never went through a migration.

-- a supplier feed sent longer product names
ALTER TABLE products ALTER COLUMN name TYPE varchar(200);

-- the pending-orders dashboard timed out
CREATE INDEX orders_pending_created_idx ON orders (created_at) WHERE status = 'pending';
