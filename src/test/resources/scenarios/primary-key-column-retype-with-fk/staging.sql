CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE posts (id integer PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id));
