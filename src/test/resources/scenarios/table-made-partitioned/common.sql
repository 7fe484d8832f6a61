CREATE TABLE metric (id bigint NOT NULL, at date NOT NULL, v double precision);
CREATE TABLE metric_2023 (id bigint NOT NULL, at date NOT NULL, v double precision);
