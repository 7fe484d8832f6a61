CREATE TABLE orders (id integer PRIMARY KEY, total numeric, hotfix_flag boolean DEFAULT false);
CREATE INDEX orders_hotfix_idx ON orders (hotfix_flag) WHERE hotfix_flag;
CREATE FUNCTION hotfix_fn() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
