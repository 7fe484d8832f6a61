CREATE TABLE orders (id bigint NOT NULL, at date NOT NULL, ref text) PARTITION BY RANGE (at);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE orders_2025 PARTITION OF orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
-- the same the other way round: the partitions' own keys in staging, the parent's in production (cannot detach)
CREATE TABLE items (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE items_2024 PARTITION OF items FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
