CREATE TYPE reshaped AS RANGE (SUBTYPE = float8, SUBTYPE_DIFF = float8mi);
CREATE TYPE described AS RANGE (SUBTYPE = numeric);
COMMENT ON TYPE described IS 'new words';
REVOKE USAGE ON TYPE described FROM PUBLIC;
CREATE TYPE text_span AS RANGE (SUBTYPE = text, COLLATION = "C");
CREATE TABLE keep (during described);
CREATE TABLE fresh (span text_span);
