CREATE TYPE old_span AS RANGE (SUBTYPE = integer);
CREATE TYPE reshaped AS RANGE (SUBTYPE = float8);
CREATE TYPE described AS RANGE (SUBTYPE = numeric);
COMMENT ON TYPE described IS 'old words';
CREATE TABLE keep (during described);
