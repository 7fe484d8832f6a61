CREATE FUNCTION bonus(s numeric, pct numeric DEFAULT 0.1) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT s * pct';
CREATE VIEW emp_bonus AS SELECT id, bonus(salary, 0.2) AS b FROM emp;
