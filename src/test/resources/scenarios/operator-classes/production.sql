CREATE OPERATOR CLASS abs_ops FOR TYPE integer USING btree FAMILY abs_family AS
    OPERATOR 1 <|, OPERATOR 3 |=|, OPERATOR 5 >|, FUNCTION 1 abs_cmp(integer, integer);
CREATE INDEX readings_abs_idx ON readings (value abs_ops);
CREATE OPERATOR CLASS old_hash_ops FOR TYPE integer USING hash AS OPERATOR 1 =, FUNCTION 1 hashint4(integer);
