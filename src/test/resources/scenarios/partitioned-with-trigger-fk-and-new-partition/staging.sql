CREATE TABLE ev_2 PARTITION OF ev FOR VALUES FROM ('2024-07-01') TO ('2025-01-01');
ALTER TABLE ev ATTACH PARTITION ev_loose FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE ev_ref (tenant_id integer, at date, FOREIGN KEY (tenant_id, at) REFERENCES ev (tenant_id, at));
CREATE INDEX ev_at_brin ON ev_1 USING brin (at);
