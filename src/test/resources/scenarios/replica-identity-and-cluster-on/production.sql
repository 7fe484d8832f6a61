CREATE TABLE ev (id integer PRIMARY KEY, code text NOT NULL, at date);
CREATE UNIQUE INDEX ev_code ON ev (code);
CREATE INDEX ev_at ON ev (at);
CREATE TABLE log (id integer, msg text);
ALTER TABLE ev CLUSTER ON ev_at;
