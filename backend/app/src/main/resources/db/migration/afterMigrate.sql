-- A Flyway callback, not a migration: it runs as the owner after every migrate, whatever was
-- pending, so a database migrated before this file existed gets the grant too. The serving app
-- connects as the app role and checks at start that the database is at its latest migration;
-- for that it reads the migration history, and may do nothing else with it.
grant select on table ${flyway:defaultSchema}.${flyway:table} to ${app_role};
