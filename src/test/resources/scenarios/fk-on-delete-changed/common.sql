CREATE TABLE author (id integer PRIMARY KEY);
CREATE TABLE post (id integer PRIMARY KEY, author_id integer CONSTRAINT post_author_fk REFERENCES author (id), editor_id integer);
INSERT INTO author VALUES (1);
INSERT INTO post VALUES (1, 1, 1);
