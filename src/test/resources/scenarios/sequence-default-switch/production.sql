CREATE SEQUENCE old_ids;
CREATE TABLE things (id bigint NOT NULL DEFAULT nextval('old_ids'), name text);
