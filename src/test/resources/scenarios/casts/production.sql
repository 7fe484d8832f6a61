CREATE CAST (money.amount AS text) WITH FUNCTION money.to_text(money.amount);
CREATE CAST (money.amount AS numeric) WITH FUNCTION money.to_numeric(money.amount) AS IMPLICIT;
COMMENT ON CAST (money.amount AS numeric) IS 'old words';
CREATE CAST (money.ledger AS text) WITH INOUT;
