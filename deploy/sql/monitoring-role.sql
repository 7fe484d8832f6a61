-- A least-privilege login for pgdrift. pgdrift reads only pg_catalog (never information_schema, never a
-- table's rows), and PostgreSQL lets every role that can connect read pg_catalog, so the role needs nothing
-- but CONNECT on the database it compares: no SELECT on any table, no USAGE on any schema.
--
-- Run once per server as a superuser or a role with CREATEROLE, in each database pgdrift compares:
--   psql -v ON_ERROR_STOP=1 -v monitor_password='...' -d app -f monitoring-role.sql
-- Then use postgresql://pgdrift_monitor:...@host:5432/app in pgdrift.yaml. On a second database of the same
-- server the CREATE ROLE fails because the role exists; run only the GRANT at the end there.
--
-- pgdrift's own connections are read-only already (default_transaction_read_only, statement_timeout,
-- lock_timeout); the settings below make the role itself read-only too, whatever client logs in with it.
-- Note: on PostgreSQL 14 and older every role may CREATE in schema public unless that was revoked
-- (REVOKE CREATE ON SCHEMA public FROM PUBLIC); the read-only default keeps this role from using it.

\set ON_ERROR_STOP on
\if :{?monitor_password}
\else
  \echo 'monitoring-role.sql: pass the password with -v monitor_password=...'
  \quit
\endif

CREATE ROLE pgdrift_monitor WITH LOGIN PASSWORD :'monitor_password'
    NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
    CONNECTION LIMIT 10;
ALTER ROLE pgdrift_monitor SET default_transaction_read_only = on;
ALTER ROLE pgdrift_monitor SET statement_timeout = '5min';
ALTER ROLE pgdrift_monitor SET lock_timeout = '10s';

SELECT format('GRANT CONNECT ON DATABASE %I TO pgdrift_monitor', current_database()) \gexec
