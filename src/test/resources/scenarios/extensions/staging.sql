CREATE SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS citext SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE TABLE kv (id integer PRIMARY KEY, attrs text, email ext.citext, token text DEFAULT encode(gen_random_bytes(8), 'hex'));
