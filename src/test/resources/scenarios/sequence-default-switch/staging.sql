CREATE SEQUENCE new_ids START 100;
CREATE TABLE things (id bigint NOT NULL DEFAULT nextval('new_ids'), name text);
