CREATE TABLE events (id integer PRIMARY KEY, token double precision NOT NULL DEFAULT random());
