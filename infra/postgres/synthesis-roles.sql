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

-- Tables and sequences the owner creates later are usable by the app, which still owns none of
-- them; row-level security decides which rows it sees.
ALTER DEFAULT PRIVILEGES FOR ROLE synthesis_owner IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO synthesis_app;
ALTER DEFAULT PRIVILEGES FOR ROLE synthesis_owner IN SCHEMA public
  GRANT USAGE, SELECT ON SEQUENCES TO synthesis_app;
