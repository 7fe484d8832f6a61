CREATE TABLE doc (id integer PRIMARY KEY, body text, title text);
ALTER TABLE doc ALTER COLUMN title SET STATISTICS 50;
ALTER TABLE doc ALTER COLUMN id SET (n_distinct = -1);
