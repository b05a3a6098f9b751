#!/usr/bin/env bash
# Backs up Cercle's PostgreSQL database into one file (pg_dump's custom format: compressed, restored
# with ops/restore.sh, table by table if need be). A consistent snapshot: the portal keeps running.
#
#   PGHOST=db.internal PGPORT=5432 PGUSER=cercle PGPASSWORD=... PGDATABASE=cercle ops/backup.sh [file]
#
# The connection comes from libpq's usual variables (or ~/.pgpass). The file defaults to
# cercle-YYYYmmdd-HHMMSS.dump in the current directory. pg_dump must be of the server's major version
# or newer (with docker compose: docker compose exec -T postgres pg_dump -Fc -U cercle cercle > file).
set -euo pipefail
file=${1:-cercle-$(date +%Y%m%d-%H%M%S).dump}
pg_dump --format=custom --no-owner --no-privileges --file="$file.partial" "${PGDATABASE:-cercle}"
mv "$file.partial" "$file"
echo "backup: ${PGDATABASE:-cercle} saved in $file ($(du -h "$file" | cut -f1))"
