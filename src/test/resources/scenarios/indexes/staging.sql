CREATE TABLE docs (id integer PRIMARY KEY, title text, body text, owner integer, deleted_at timestamptz);
CREATE INDEX docs_title_idx ON docs (title);
CREATE INDEX docs_changed_idx ON docs (owner) INCLUDE (title) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX docs_lower_title_idx ON docs (lower(title)) WHERE deleted_at IS NULL;
CREATE INDEX docs_body_hash_idx ON docs USING hash (body);
CREATE INDEX docs_owner_desc_idx ON docs (owner DESC NULLS LAST);
