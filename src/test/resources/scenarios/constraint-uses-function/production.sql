CREATE FUNCTION valid_code(t text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT length(t) = 4 $$;
ALTER TABLE code ADD CONSTRAINT code_valid CHECK (valid_code(c));
