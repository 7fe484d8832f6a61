CREATE FUNCTION bonus(s numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT s * 0.1';
CREATE VIEW emp_bonus AS SELECT id, bonus(salary) AS b FROM emp;
