-- a foreign table's checks, triggers, column privileges and column settings, changed one by one in staging
CREATE FOREIGN TABLE ledger (
    id bigint NOT NULL,
    amount numeric CONSTRAINT amount_positive CHECK (amount > 0),
    note text,
    CONSTRAINT note_short CHECK (length(note) < 100)
) SERVER ftm_remote;
ALTER FOREIGN TABLE ledger ADD CONSTRAINT id_small CHECK (id < 1000000) NOT VALID;
COMMENT ON CONSTRAINT amount_positive ON ledger IS 'no refunds';
CREATE TRIGGER ledger_audit AFTER INSERT ON ledger FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER ledger_gone AFTER DELETE ON ledger FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER ledger_when AFTER UPDATE ON ledger FOR EACH ROW WHEN (NEW.amount > 10) EXECUTE FUNCTION audit_row();
GRANT SELECT ON ledger TO ftm_reader;
GRANT SELECT (note), UPDATE (note) ON ledger TO ftm_reader;
ALTER FOREIGN TABLE ledger ALTER COLUMN amount SET STATISTICS 200;
