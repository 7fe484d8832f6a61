-- common
CREATE TABLE ticket (title text);
-- production
ALTER TABLE ticket ADD COLUMN id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
-- staging
ALTER TABLE ticket ADD COLUMN id serial PRIMARY KEY;
