CREATE TABLE orders (id integer PRIMARY KEY, note text);
CREATE TABLE customers (id integer PRIMARY KEY);
CREATE TABLE events (id integer, at timestamptz, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
