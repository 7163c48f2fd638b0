-- The two roles of the Synthesis database. Run as a superuser, connected to the application's
-- database, after setting the passwords in this session:
--   select set_config('synthesis.owner_password', '...', false);
--   select set_config('synthesis.app_password', '...', false);
-- Passwords travel as settings, not text pasted into SQL, so no password can break the script.
-- Idempotent: the local platform runs it at every start, docker-compose once at init.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'synthesis_owner') THEN
    CREATE ROLE synthesis_owner;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'synthesis_app') THEN
    CREATE ROLE synthesis_app;
  END IF;
  -- Flyway migrates as the owner; the app runs as a role that owns nothing and cannot bypass RLS.
  EXECUTE format(
      'ALTER ROLE synthesis_owner WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD %L',
      current_setting('synthesis.owner_password'));
  EXECUTE format(
      'ALTER ROLE synthesis_app WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION PASSWORD %L',
      current_setting('synthesis.app_password'));
  EXECUTE format('ALTER DATABASE %I OWNER TO synthesis_owner', current_database());
  EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
  EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO synthesis_app', current_database());
END
$$;

ALTER SCHEMA public OWNER TO synthesis_owner;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO synthesis_app;

-- No default privileges: each Flyway migration grants the app exactly what it needs per table
-- (e.g. schema versions are insert-only), so a new table is closed until a migration opens it.
