CREATE TABLE legacy_parent (id integer PRIMARY KEY);
CREATE TABLE legacy_child (id integer PRIMARY KEY, parent_id integer REFERENCES legacy_parent (id));
ALTER TABLE keep ADD COLUMN legacy_id integer REFERENCES legacy_parent (id);
CREATE VIEW legacy_view AS SELECT c.id FROM legacy_child c JOIN legacy_parent p ON p.id = c.parent_id;
CREATE TYPE legacy_kind AS ENUM ('x');
CREATE TABLE legacy_typed (k legacy_kind);
