CREATE TABLE readings (sensor integer NOT NULL, at date NOT NULL, v numeric) PARTITION BY LIST (sensor);
CREATE TABLE readings_1 PARTITION OF readings FOR VALUES IN (1);
CREATE TABLE readings_2 PARTITION OF readings FOR VALUES IN (2) PARTITION BY RANGE (at);
CREATE TABLE readings_2_2024 PARTITION OF readings_2 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX readings_at_idx ON readings (at);
