-- common
CREATE TABLE tenant (id integer PRIMARY KEY);
CREATE FUNCTION ev_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE ev (tenant_id integer NOT NULL REFERENCES tenant (id), at date NOT NULL, k text, PRIMARY KEY (tenant_id, at))
    PARTITION BY RANGE (at);
CREATE TABLE ev_1 PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2024-07-01');
CREATE INDEX ev_k ON ev (k);
CREATE TRIGGER ev_stamp BEFORE INSERT ON ev FOR EACH ROW EXECUTE FUNCTION ev_stamp();
CREATE TABLE ev_loose (tenant_id integer NOT NULL, at date NOT NULL, k text);
-- staging
CREATE TABLE ev_2 PARTITION OF ev FOR VALUES FROM ('2024-07-01') TO ('2025-01-01');
ALTER TABLE ev ATTACH PARTITION ev_loose FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE ev_ref (tenant_id integer, at date, FOREIGN KEY (tenant_id, at) REFERENCES ev (tenant_id, at));
CREATE INDEX ev_at_brin ON ev_1 USING brin (at);
