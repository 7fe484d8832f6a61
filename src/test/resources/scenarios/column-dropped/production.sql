CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL, legacy_flag boolean, fax text);
CREATE INDEX users_fax_idx ON users (fax);
