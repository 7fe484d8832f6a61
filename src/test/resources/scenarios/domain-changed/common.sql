CREATE DOMAIN email AS text CONSTRAINT email_at CHECK (VALUE LIKE '%@%');
CREATE DOMAIN score AS integer;
CREATE TABLE signup (id integer PRIMARY KEY, email email, score score);
INSERT INTO signup VALUES (1, 'a@b.c', 3);
