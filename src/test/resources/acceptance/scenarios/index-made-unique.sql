-- common
CREATE TABLE member (id integer PRIMARY KEY, email text, handle text);
CREATE INDEX member_email ON member (lower(email));
CREATE INDEX member_handle ON member (handle);
-- staging
DROP INDEX member_email;
CREATE UNIQUE INDEX member_email ON member (lower(email));
DROP INDEX member_handle;
CREATE INDEX member_handle ON member USING hash (handle);
