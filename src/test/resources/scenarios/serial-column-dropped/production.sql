CREATE TABLE posts (id serial PRIMARY KEY, legacy_no serial, title text);
