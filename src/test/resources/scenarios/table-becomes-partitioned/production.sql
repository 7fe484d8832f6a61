CREATE TABLE metrics (id bigint NOT NULL, at date NOT NULL, v numeric);
CREATE INDEX metrics_at_idx ON metrics (at);
