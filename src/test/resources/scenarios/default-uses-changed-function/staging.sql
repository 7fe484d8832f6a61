CREATE FUNCTION new_token(len integer DEFAULT 16) RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT substr(md5(random()::text), 1, len) $$;
ALTER TABLE token ADD COLUMN value text DEFAULT new_token(8);
CREATE INDEX token_prefix ON token (substr(value, 1, 4));
