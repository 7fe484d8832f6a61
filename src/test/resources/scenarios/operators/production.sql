CREATE FUNCTION same_int(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE FUNCTION differ_int(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 <> $2';
CREATE FUNCTION negate_int(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT -$1';
CREATE OPERATOR === (LEFTARG = integer, RIGHTARG = integer, FUNCTION = same_int);
CREATE OPERATOR !== (LEFTARG = integer, RIGHTARG = integer, FUNCTION = differ_int, RESTRICT = neqsel);
CREATE OPERATOR ~~~ (RIGHTARG = integer, FUNCTION = negate_int);
CREATE OPERATOR === (LEFTARG = text, RIGHTARG = text, FUNCTION = texteq);
COMMENT ON OPERATOR === (text, text) IS 'old words';
CREATE VIEW same_pairs AS SELECT 1 === 1 AS same;
