-- common
CREATE TABLE task (id integer PRIMARY KEY, title text NOT NULL, done boolean NOT NULL DEFAULT false, due date DEFAULT current_date + 7);
-- staging
ALTER TABLE task ALTER COLUMN title DROP NOT NULL;
ALTER TABLE task ALTER COLUMN done DROP DEFAULT;
ALTER TABLE task ALTER COLUMN due SET DEFAULT current_date + 14;
