CREATE TABLE member (id integer PRIMARY KEY, email text, handle text);
CREATE INDEX member_email ON member (lower(email));
CREATE INDEX member_handle ON member (handle);
