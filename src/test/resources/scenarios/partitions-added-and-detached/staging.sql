CREATE TABLE measurement_2025 PARTITION OF measurement FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE measurement_default PARTITION OF measurement DEFAULT;
ALTER TABLE tenant_data DETACH PARTITION tenant_old;
CREATE TABLE tenant_b PARTITION OF tenant_data FOR VALUES IN ('b', 'c');
