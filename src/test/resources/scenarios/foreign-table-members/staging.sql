-- amount_positive changed, note_short dropped, id_small validated and commented, id_positive new and NOT VALID
CREATE FOREIGN TABLE ledger (
    id bigint NOT NULL,
    amount numeric CONSTRAINT amount_positive CHECK (amount >= 1),
    note text
) SERVER ftm_remote;
ALTER FOREIGN TABLE ledger ADD CONSTRAINT id_small CHECK (id < 1000000);
ALTER FOREIGN TABLE ledger ADD CONSTRAINT id_positive CHECK (id > 0) NOT VALID;
COMMENT ON CONSTRAINT id_small ON ledger IS 'ids stay small';
-- ledger_audit fires on replicas only and gains a comment, ledger_gone is dropped, ledger_when's WHEN changes
CREATE TRIGGER ledger_audit AFTER INSERT ON ledger FOR EACH ROW EXECUTE FUNCTION audit_row();
ALTER FOREIGN TABLE ledger ENABLE REPLICA TRIGGER ledger_audit;
COMMENT ON TRIGGER ledger_audit ON ledger IS 'audited';
CREATE TRIGGER ledger_when AFTER UPDATE ON ledger FOR EACH ROW WHEN (NEW.amount > 100) EXECUTE FUNCTION audit_row();
CREATE TRIGGER ledger_new BEFORE UPDATE ON ledger FOR EACH ROW EXECUTE FUNCTION audit_row();
-- the owner gives up UPDATE; note's column privileges go, amount's come; statistics, options and storage move
GRANT SELECT ON ledger TO ftm_reader;
REVOKE UPDATE ON ledger FROM CURRENT_USER;
GRANT SELECT (amount) ON ledger TO ftm_reader;
ALTER FOREIGN TABLE ledger ALTER COLUMN note SET (n_distinct = 10), ALTER COLUMN note SET STORAGE EXTERNAL;
-- a new foreign table with a check, a trigger, a column privilege and a statistics target
CREATE FOREIGN TABLE fresh (id int CHECK (id > 0), tag text) SERVER ftm_remote;
CREATE TRIGGER fresh_audit AFTER INSERT ON fresh FOR EACH ROW EXECUTE FUNCTION audit_row();
GRANT INSERT (tag) ON fresh TO ftm_reader;
ALTER FOREIGN TABLE fresh ALTER COLUMN tag SET STATISTICS 50;
