-- PostgreSQL 18: a NOT NULL may be added NOT VALID (existing rows not checked) and validated later
CREATE TABLE accounts (id integer, email text, name text, note text, kept text, fresh_col text);
