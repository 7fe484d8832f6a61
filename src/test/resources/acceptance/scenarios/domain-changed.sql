-- common
CREATE DOMAIN email AS text CONSTRAINT email_at CHECK (VALUE LIKE '%@%');
CREATE DOMAIN score AS integer;
CREATE TABLE signup (id integer PRIMARY KEY, email email, score score);
INSERT INTO signup VALUES (1, 'a@b.c', 3);
-- staging
ALTER DOMAIN email DROP CONSTRAINT email_at;
ALTER DOMAIN email ADD CONSTRAINT email_at CHECK (VALUE LIKE '%_@_%');
ALTER DOMAIN email SET NOT NULL;
ALTER DOMAIN score ADD CONSTRAINT score_range CHECK (VALUE BETWEEN 0 AND 10) NOT VALID;
ALTER DOMAIN score SET DEFAULT 5;
CREATE DOMAIN handle AS varchar(30) COLLATE "C" CHECK (VALUE ~ '^[a-z]+$');
ALTER TABLE signup ADD COLUMN handle handle;
