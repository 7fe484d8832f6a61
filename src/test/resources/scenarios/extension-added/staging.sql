CREATE EXTENSION pg_trgm;
CREATE INDEX tag_label_trgm ON tag USING gin (label gin_trgm_ops);
CREATE EXTENSION hstore;
ALTER TABLE tag ADD COLUMN attrs hstore;
