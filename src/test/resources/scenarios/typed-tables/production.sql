CREATE TABLE becomes_typed (a integer, b text COLLATE "C");
CREATE TABLE stays_typed OF pair (a WITH OPTIONS PRIMARY KEY);
CREATE TABLE loses_type OF pair;
CREATE TABLE gains_parent (c integer);
