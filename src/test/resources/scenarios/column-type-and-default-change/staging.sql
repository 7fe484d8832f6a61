CREATE TABLE jobs (id integer PRIMARY KEY, priority integer DEFAULT 5, attempts bigint DEFAULT 1);
