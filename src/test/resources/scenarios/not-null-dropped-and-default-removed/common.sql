CREATE TABLE task (id integer PRIMARY KEY, title text NOT NULL, done boolean NOT NULL DEFAULT false, due date DEFAULT current_date + 7);
