CREATE DOMAIN positive_int AS integer DEFAULT 1 NOT NULL CHECK (VALUE > 0);
CREATE DOMAIN email AS text CONSTRAINT email_at CHECK (VALUE LIKE '%_@_%') CONSTRAINT email_len CHECK (length(VALUE) < 300);
CREATE DOMAIN us_zip AS varchar(10) COLLATE "C" CHECK (VALUE ~ '^[0-9]{5}$');
CREATE TABLE contacts (id integer PRIMARY KEY, mail email, qty positive_int, zip us_zip);
