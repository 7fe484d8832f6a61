CREATE TABLE login_event (username text) INHERITS (event);
ALTER TABLE login_event ALTER COLUMN source SET DEFAULT 'web';
