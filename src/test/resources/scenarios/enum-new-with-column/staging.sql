CREATE TYPE priority AS ENUM ('low', 'high');
CREATE TABLE tasks (id integer PRIMARY KEY, p priority);
CREATE TYPE unused_kind AS ENUM ('a', 'b''s');
