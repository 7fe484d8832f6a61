CREATE TABLE measurement (city_id integer NOT NULL, logdate date NOT NULL, peak integer) PARTITION BY RANGE (logdate);
CREATE TABLE measurement_2024 PARTITION OF measurement FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX measurement_city ON measurement (city_id);
CREATE TABLE tenant_data (tenant text NOT NULL, v integer) PARTITION BY LIST (tenant);
CREATE TABLE tenant_a PARTITION OF tenant_data FOR VALUES IN ('a');
CREATE TABLE tenant_old PARTITION OF tenant_data FOR VALUES IN ('old');
