CREATE TABLE a (id integer PRIMARY KEY);
CREATE TABLE posts (id serial PRIMARY KEY, title text NOT NULL, big_id bigserial);
