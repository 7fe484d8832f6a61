CREATE SCHEMA app;
CREATE TABLE app.orders (id integer);
CREATE SEQUENCE app.ticket;
CREATE FUNCTION app.answer() RETURNS integer LANGUAGE sql AS 'SELECT 42';
CREATE TYPE app.mood AS ENUM ('ok', 'bad');
