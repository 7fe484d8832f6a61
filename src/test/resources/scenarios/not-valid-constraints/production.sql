CREATE TABLE parents (id integer PRIMARY KEY);
CREATE TABLE kids (id integer PRIMARY KEY, parent_id integer, age integer);
ALTER TABLE kids ADD CONSTRAINT kids_age_check CHECK (age >= 0) NOT VALID;
