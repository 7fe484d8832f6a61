CREATE TABLE doc (id integer PRIMARY KEY, body text, title text);
ALTER TABLE doc ALTER COLUMN body SET COMPRESSION pglz;
ALTER TABLE doc ALTER COLUMN body SET STATISTICS 500;
CREATE TABLE note (id integer, txt text COMPRESSION pglz);
ALTER TABLE note ALTER COLUMN txt SET STATISTICS 10;
ALTER TABLE doc ALTER COLUMN title SET (n_distinct = 200, n_distinct_inherited = 300);
ALTER TABLE note ALTER COLUMN id SET (n_distinct = -0.5);
