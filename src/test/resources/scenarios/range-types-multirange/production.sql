CREATE TYPE floatrange AS RANGE (SUBTYPE = float8);
CREATE TABLE keep (spans floatmultirange);
