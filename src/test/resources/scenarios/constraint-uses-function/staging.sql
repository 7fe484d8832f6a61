CREATE FUNCTION valid_code(t text, n integer DEFAULT 6) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT length(t) = n $$;
ALTER TABLE code ADD CONSTRAINT code_valid CHECK (valid_code(c, 6));
