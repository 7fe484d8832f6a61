CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(),
  nickname varchar(40), score integer DEFAULT 0);
