CREATE SCHEMA seqs;
CREATE TABLE seqs.counter (id integer);
CREATE TABLE letter (id integer PRIMARY KEY, no bigint);
