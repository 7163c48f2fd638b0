#!/bin/sh
# docker-compose's postgres runs this once, on an empty volume, after creating $POSTGRES_DB.
# It applies the same roles script as the local platform; psql variables keep the passwords out
# of the SQL text.
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
