DROP INDEX member_email;
CREATE UNIQUE INDEX member_email ON member (lower(email));
DROP INDEX member_handle;
CREATE INDEX member_handle ON member USING hash (handle);
