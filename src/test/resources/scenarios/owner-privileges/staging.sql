-- the owner gives up privileges of its own objects (pg_dump shows each REVOKE ... FROM the owner)
REVOKE DELETE, UPDATE ON app.orders FROM CURRENT_USER;
REVOKE USAGE ON SEQUENCE app.ticket FROM CURRENT_USER;
REVOKE EXECUTE ON FUNCTION app.answer() FROM CURRENT_USER;
REVOKE CREATE ON SCHEMA app FROM CURRENT_USER;
REVOKE USAGE ON TYPE app.mood FROM CURRENT_USER;
-- a new table whose owner keeps only SELECT
CREATE TABLE app.audit (id integer);
REVOKE ALL ON app.audit FROM CURRENT_USER;
GRANT SELECT ON app.audit TO CURRENT_USER;
