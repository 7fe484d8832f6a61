CREATE TABLE article (id integer PRIMARY KEY, name text NOT NULL, category_id integer REFERENCES category (id));
CREATE INDEX article_name ON article (name);
CREATE VIEW product_names AS SELECT name FROM article;
