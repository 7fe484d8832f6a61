-- a child's own default and NOT NULL on columns it only inherits: changed, set, put back to the parent's, and
-- on a new child
CREATE TABLE login_event (username text) INHERITS (event);
ALTER TABLE login_event ALTER COLUMN happened SET DEFAULT '2020-01-01 00:00:00+00';
ALTER TABLE login_event ALTER COLUMN source SET NOT NULL;
CREATE TABLE logout_event (reason text) INHERITS (event);
ALTER TABLE logout_event ALTER COLUMN source SET DEFAULT 'app';
