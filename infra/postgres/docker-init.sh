#!/bin/sh
# docker-compose's postgres runs this once, on an empty volume, after creating $POSTGRES_DB.
# It applies the same roles script as the local platform, creates Keycloak's own role and
# database, and shuts the superuser out of network logins: no service uses it. psql variables keep
# the passwords out of the SQL text.
set -eu
{
  # \o keeps the passwords that set_config echoes out of the container log.
  echo '\o /dev/null'
  echo "select set_config('synthesis.owner_password', :'owner_password', false);"
  echo "select set_config('synthesis.app_password', :'app_password', false);"
  echo '\o'
  cat "${SYNTHESIS_ROLES_SQL:-/opt/synthesis/synthesis-roles.sql}"
} | psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v owner_password="$SYNTHESIS_DB_OWNER_PASSWORD" -v app_password="$SYNTHESIS_DB_APP_PASSWORD"

# Keycloak keeps its realms in a database of its own, as a role that may use nothing else (the
# roles script already closed the application's database to every role but its two).
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v keycloak_password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
create role keycloak with login nosuperuser nocreatedb nocreaterole nobypassrls password :'keycloak_password';
create database keycloak owner keycloak;
revoke all on database keycloak from public;
SQL

# The image lets every role log in over the network with a password; the superuser is kept to the
# container's local socket (docker compose exec postgres psql -U postgres). pg_hba.conf is read
# top-down, so the first line wins; the server started after this script reads it.
sed -i "1i host all $POSTGRES_USER all reject" "$PGDATA/pg_hba.conf"
