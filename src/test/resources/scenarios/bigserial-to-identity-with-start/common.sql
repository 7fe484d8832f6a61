CREATE TABLE job (title text);
