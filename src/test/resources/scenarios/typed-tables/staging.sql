CREATE TABLE becomes_typed OF pair;
CREATE TABLE stays_typed OF pair (a WITH OPTIONS PRIMARY KEY);
CREATE TABLE loses_type (a integer, b text COLLATE "C");
CREATE TABLE new_typed OF pair (a WITH OPTIONS NOT NULL, b WITH OPTIONS DEFAULT 'x');
-- the child gains the parent's column and the parent: the column must come first
CREATE TABLE gains_parent (c integer, p integer) INHERITS (parent_row);
