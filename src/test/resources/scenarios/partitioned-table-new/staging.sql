CREATE TABLE other (id integer);
CREATE TABLE events (id bigint NOT NULL, tenant integer NOT NULL, payload jsonb, PRIMARY KEY (tenant, id)) PARTITION BY HASH (tenant);
CREATE TABLE events_0 PARTITION OF events FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE events_1 PARTITION OF events FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE INDEX events_payload_idx ON events USING gin (payload);
