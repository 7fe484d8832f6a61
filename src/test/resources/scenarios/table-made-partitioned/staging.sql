DROP TABLE metric;
CREATE TABLE metric (id bigint NOT NULL, at date NOT NULL, v double precision) PARTITION BY RANGE (at);
ALTER TABLE metric ATTACH PARTITION metric_2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE audit_row (id integer, at date NOT NULL, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
