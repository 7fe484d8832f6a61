-- common
CREATE TABLE word (id integer PRIMARY KEY, w text COLLATE "C", v varchar(20));
CREATE INDEX word_w ON word (w);
-- staging
ALTER TABLE word ALTER COLUMN w TYPE text COLLATE "POSIX";
ALTER TABLE word ALTER COLUMN v TYPE varchar(20) COLLATE "C";
