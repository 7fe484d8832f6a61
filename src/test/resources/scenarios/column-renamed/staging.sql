CREATE TABLE users (id integer PRIMARY KEY, full_name text);
CREATE VIEW user_names AS SELECT full_name FROM users;
