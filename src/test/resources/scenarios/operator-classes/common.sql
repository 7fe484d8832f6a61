CREATE FUNCTION abs_lt(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) < abs($2)';
CREATE FUNCTION abs_eq(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) = abs($2)';
CREATE FUNCTION abs_gt(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) > abs($2)';
CREATE FUNCTION abs_cmp(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE
    AS 'SELECT sign(abs($1) - abs($2))::integer';
CREATE FUNCTION abs_hash(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT hashint4(abs($1))';
CREATE OPERATOR <| (LEFTARG = integer, RIGHTARG = integer, FUNCTION = abs_lt);
CREATE OPERATOR |=| (LEFTARG = integer, RIGHTARG = integer, FUNCTION = abs_eq);
CREATE OPERATOR >| (LEFTARG = integer, RIGHTARG = integer, FUNCTION = abs_gt);
CREATE OPERATOR FAMILY abs_family USING btree;
CREATE TABLE readings (value integer);
