-- Partitions detached in staging, of every key shape: production's migration detaches them CONCURRENTLY (14+)
-- and drops the CHECK constraint PostgreSQL adds, whose name follows the key's columns.
CREATE TABLE events (id bigint NOT NULL, happened date NOT NULL, payload text) PARTITION BY RANGE (happened);
CREATE TABLE events_2023 PARTITION OF events FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- a constraint elsewhere in the schema already holds the name the detach would choose first
CREATE TABLE unrelated (happened date CONSTRAINT events_2023_happened_check CHECK (happened > '2000-01-01'));

CREATE TABLE grid (x int NOT NULL, y int NOT NULL) PARTITION BY RANGE (x, y);
CREATE TABLE grid_low PARTITION OF grid FOR VALUES FROM (0, 0) TO (100, 100);
CREATE TABLE grid_high PARTITION OF grid FOR VALUES FROM (100, 100) TO (200, 200);

CREATE TABLE "Tags" ("Label" text NOT NULL, n int) PARTITION BY LIST (lower("Label"));
CREATE TABLE "Tags_a" PARTITION OF "Tags" FOR VALUES IN ('a', 'it''s');
CREATE TABLE "Tags_b" PARTITION OF "Tags" FOR VALUES IN ('b');

CREATE TABLE buckets (id int NOT NULL) PARTITION BY HASH (id);
CREATE TABLE buckets_0 PARTITION OF buckets FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE buckets_1 PARTITION OF buckets FOR VALUES WITH (MODULUS 2, REMAINDER 1);

-- two levels: the detached leaf's partition constraint also holds its parent's bound (another column)
CREATE TABLE sales (region text NOT NULL, sold date NOT NULL) PARTITION BY LIST (region);
CREATE TABLE sales_eu PARTITION OF sales FOR VALUES IN ('eu') PARTITION BY RANGE (sold);
CREATE TABLE sales_eu_2023 PARTITION OF sales_eu FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE sales_eu_2024 PARTITION OF sales_eu FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- a parent with a DEFAULT partition: PostgreSQL refuses the concurrent form, the plain one is written
CREATE TABLE notes (id int NOT NULL, kind text NOT NULL) PARTITION BY LIST (kind);
CREATE TABLE notes_a PARTITION OF notes FOR VALUES IN ('a');
CREATE TABLE notes_other PARTITION OF notes DEFAULT;
