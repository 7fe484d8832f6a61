CREATE TABLE tenant (id integer PRIMARY KEY);
CREATE FUNCTION ev_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE ev (tenant_id integer NOT NULL REFERENCES tenant (id), at date NOT NULL, k text, PRIMARY KEY (tenant_id, at))
    PARTITION BY RANGE (at);
CREATE TABLE ev_1 PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2024-07-01');
CREATE INDEX ev_k ON ev (k);
CREATE TRIGGER ev_stamp BEFORE INSERT ON ev FOR EACH ROW EXECUTE FUNCTION ev_stamp();
CREATE TABLE ev_loose (tenant_id integer NOT NULL, at date NOT NULL, k text);
