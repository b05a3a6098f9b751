#!/usr/bin/env bash
# Restores a file made by ops/backup.sh into an EMPTY database, all or nothing (one transaction).
# It refuses a database that already holds tables: restoring never overwrites live data.
#
#   createdb cercle_restored
#   PGHOST=... PGUSER=... PGDATABASE=cercle_restored ops/restore.sh cercle-20261130-220000.dump
#
# Then point SPRING_DATASOURCE_URL at it and start the portal: Flyway finds the schema up to date
# (or migrates it forward when the portal is newer than the backup).
set -euo pipefail
file=${1:?usage: ops/restore.sh FILE}
database=${PGDATABASE:-cercle}
tables=$(psql -X -At -d "$database" -c "select count(*) from information_schema.tables where table_schema = 'public'")
if [ "$tables" != "0" ]; then
  echo "restore: $database already holds $tables tables; restore into an empty database" >&2
  exit 1
fi
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$database" "$file"
echo "restore: $file restored into $database"
