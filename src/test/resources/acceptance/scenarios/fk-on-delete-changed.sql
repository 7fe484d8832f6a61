-- common
CREATE TABLE author (id integer PRIMARY KEY);
CREATE TABLE post (id integer PRIMARY KEY, author_id integer CONSTRAINT post_author_fk REFERENCES author (id), editor_id integer);
INSERT INTO author VALUES (1);
INSERT INTO post VALUES (1, 1, 1);
-- staging
ALTER TABLE post DROP CONSTRAINT post_author_fk;
ALTER TABLE post ADD CONSTRAINT post_author_fk FOREIGN KEY (author_id) REFERENCES author (id) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE post ADD FOREIGN KEY (editor_id) REFERENCES author (id) NOT VALID;
