CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);
CREATE DOMAIN email AS text CONSTRAINT email_at CHECK (VALUE LIKE '%@%');
CREATE DOMAIN old_dom AS text;
CREATE TABLE contacts (id integer PRIMARY KEY, mail email, qty positive_int);
