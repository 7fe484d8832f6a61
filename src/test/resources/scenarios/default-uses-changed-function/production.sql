CREATE FUNCTION new_token() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT md5(random()::text) $$;
ALTER TABLE token ADD COLUMN value text DEFAULT new_token();
CREATE INDEX token_prefix ON token (substr(value, 1, 4));
