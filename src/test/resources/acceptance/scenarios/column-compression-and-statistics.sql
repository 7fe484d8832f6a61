-- bug: column compression (SET COMPRESSION) and statistics target (SET STATISTICS) are not compared (catalog)
-- requires: 14
-- common
CREATE TABLE doc (id integer PRIMARY KEY, body text, title text);
-- staging
ALTER TABLE doc ALTER COLUMN body SET COMPRESSION pglz;
ALTER TABLE doc ALTER COLUMN title SET STATISTICS 500;
