CREATE TABLE logs (id bigint NOT NULL, at timestamptz NOT NULL, level text NOT NULL) PARTITION BY LIST (level);
CREATE TABLE logs_errors PARTITION OF logs FOR VALUES IN ('error');
CREATE TABLE logs_other PARTITION OF logs DEFAULT;
CREATE INDEX logs_at_idx ON logs (at);
CREATE VIEW errors AS SELECT id, at FROM logs WHERE level = 'error';
