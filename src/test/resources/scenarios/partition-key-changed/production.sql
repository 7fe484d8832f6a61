CREATE TABLE logs (id bigint NOT NULL, at timestamptz NOT NULL, level text NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE logs_2024 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX logs_at_idx ON logs (at);
CREATE VIEW errors AS SELECT id, at FROM logs WHERE level = 'error';
