CREATE OPERATOR CLASS abs_ops FOR TYPE integer USING btree FAMILY abs_family AS
    OPERATOR 1 <|, OPERATOR 5 >|, FUNCTION 1 abs_cmp(integer, integer);
CREATE INDEX readings_abs_idx ON readings (value abs_ops);
ALTER OPERATOR FAMILY abs_family USING btree ADD FUNCTION 1 (integer, bigint) btint48cmp(integer, bigint);
COMMENT ON OPERATOR FAMILY abs_family USING btree IS 'by magnitude';
CREATE OPERATOR CLASS abs_hash_ops FOR TYPE integer USING hash AS OPERATOR 1 |=|, FUNCTION 1 abs_hash(integer);
