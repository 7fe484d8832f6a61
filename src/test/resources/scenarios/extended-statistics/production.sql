CREATE TABLE measures (a int, b int, c int, d int);
CREATE STATISTICS old_pair ON a, b FROM measures;
CREATE STATISTICS reshaped (ndistinct) ON a, b FROM measures;
CREATE STATISTICS tuned (mcv) ON b, c FROM measures;
ALTER STATISTICS tuned SET STATISTICS 100;
CREATE STATISTICS on_dropped_column (dependencies) ON c, d FROM measures;
COMMENT ON STATISTICS tuned IS 'old words';
CREATE TABLE gone (x int, y int);
CREATE STATISTICS gone_pair ON x, y FROM gone;
