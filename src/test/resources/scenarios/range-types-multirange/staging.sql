CREATE TYPE floatrange AS RANGE (SUBTYPE = float8);
CREATE TABLE keep (spans floatmultirange);
CREATE TYPE day_span AS RANGE (SUBTYPE = date, MULTIRANGE_TYPE_NAME = day_spans);
CREATE TABLE agenda (busy day_spans);
