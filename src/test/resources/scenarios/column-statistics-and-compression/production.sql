CREATE TABLE doc (id integer PRIMARY KEY, body text, title text);
ALTER TABLE doc ALTER COLUMN title SET STATISTICS 50;
