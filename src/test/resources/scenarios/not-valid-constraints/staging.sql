CREATE TABLE parents (id integer PRIMARY KEY);
CREATE TABLE kids (id integer PRIMARY KEY, parent_id integer, age integer);
ALTER TABLE kids ADD CONSTRAINT kids_age_check CHECK (age >= 0);
ALTER TABLE kids ADD CONSTRAINT kids_parent_fk FOREIGN KEY (parent_id) REFERENCES parents(id) NOT VALID;
