CREATE FOREIGN TABLE reshaped (
    id integer,
    name text OPTIONS (column_name 'display_name'),
    amount numeric(12, 2),
    flag boolean DEFAULT true NOT NULL,
    note text COLLATE "C",
    added mood OPTIONS (column_name 'feeling')
) SERVER remote OPTIONS (table_name 'persons', schema_name 'public');
GRANT SELECT, INSERT ON reshaped TO fdw_user;
COMMENT ON FOREIGN TABLE reshaped IS 'new words';
COMMENT ON COLUMN reshaped.id IS 'the key';
CREATE FOREIGN TABLE rehomed (id integer) SERVER archive;
CREATE VIEW rehomed_ids AS SELECT id FROM rehomed;
CREATE FOREIGN TABLE "Fresh" (
    id bigint NOT NULL DEFAULT 0,
    label varchar(20) OPTIONS (column_name 'lbl')
) SERVER archive OPTIONS (table_name 'fresh');
COMMENT ON COLUMN "Fresh".label IS 'shown';
