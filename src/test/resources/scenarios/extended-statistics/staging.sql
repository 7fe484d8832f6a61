CREATE TABLE measures (a int, b int, c int);
CREATE STATISTICS reshaped (dependencies, ndistinct) ON a, b FROM measures;
CREATE STATISTICS tuned (mcv) ON b, c FROM measures;
ALTER STATISTICS tuned SET STATISTICS 500;
COMMENT ON STATISTICS tuned IS 'new words';
CREATE STATISTICS "Fresh" (mcv) ON a, c FROM measures;
