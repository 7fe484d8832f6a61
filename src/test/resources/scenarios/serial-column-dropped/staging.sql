CREATE TABLE posts (id serial PRIMARY KEY, title text);
