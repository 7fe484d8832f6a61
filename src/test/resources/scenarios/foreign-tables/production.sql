CREATE FOREIGN TABLE gone (id integer) SERVER remote;
CREATE FOREIGN TABLE reshaped (
    id integer NOT NULL,
    name text OPTIONS (column_name 'full_name'),
    dropped_col text,
    amount numeric(10, 2),
    flag boolean DEFAULT false,
    note text
) SERVER remote OPTIONS (schema_name 'public', table_name 'people');
GRANT SELECT ON reshaped TO fdw_user;
COMMENT ON FOREIGN TABLE reshaped IS 'old words';
CREATE FOREIGN TABLE rehomed (id integer) SERVER remote;
CREATE VIEW rehomed_ids AS SELECT id FROM rehomed;
