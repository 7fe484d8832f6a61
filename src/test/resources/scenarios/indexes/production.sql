CREATE TABLE docs (id integer PRIMARY KEY, title text, body text, owner integer, deleted_at timestamptz);
CREATE INDEX docs_title_idx ON docs (title);
CREATE INDEX docs_old_idx ON docs (owner);
CREATE INDEX docs_changed_idx ON docs (owner, title);
