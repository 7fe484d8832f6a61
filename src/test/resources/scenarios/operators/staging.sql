CREATE FUNCTION same_int(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE FUNCTION differ_int(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 <> $2';
CREATE FUNCTION compare_int(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT sign($1 - $2)::integer';
CREATE OPERATOR === (LEFTARG = integer, RIGHTARG = integer, FUNCTION = same_int, COMMUTATOR = ===,
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR !== (LEFTARG = integer, RIGHTARG = integer, FUNCTION = differ_int, JOIN = neqjoinsel);
CREATE OPERATOR === (LEFTARG = text, RIGHTARG = text, FUNCTION = texteq);
COMMENT ON OPERATOR === (text, text) IS 'new words';
CREATE OPERATOR <=> (LEFTARG = integer, RIGHTARG = integer, FUNCTION = compare_int);
CREATE VIEW same_pairs AS SELECT 1 === 1 AS same;
