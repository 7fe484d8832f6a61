CREATE TABLE person (id integer PRIMARY KEY, fullname text, email text UNIQUE);
CREATE INDEX person_fullname ON person (fullname);
INSERT INTO person VALUES (1, 'Ann', 'ann@example.com');
