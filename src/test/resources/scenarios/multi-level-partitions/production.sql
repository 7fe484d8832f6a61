CREATE TABLE readings (sensor integer NOT NULL, at date NOT NULL, v numeric) PARTITION BY LIST (sensor);
CREATE TABLE readings_1 PARTITION OF readings FOR VALUES IN (1);
