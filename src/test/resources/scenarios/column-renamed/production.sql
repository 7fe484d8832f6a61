CREATE TABLE users (id integer PRIMARY KEY, fullname text);
CREATE VIEW user_names AS SELECT fullname FROM users;
