#!/usr/bin/env bash
# Notification fan-out benchmark. Starts the packaged app on its own embedded PostgreSQL (data in
# data/bench-notifications, port 54332; web server on a free port, no demo content) with the
# in-process SMTP server, generates 10,000 members once, makes them follow one author, publishes one
# article and times: until every follower is notified, until their e-mails are queued, until the
# outbox has sent them; then the publishing call's p50/p99 with and without followers; then stops.
#   bench/notification-benchmark.sh [followers]
set -euo pipefail
cd "$(dirname "$0")/.."
followers=${1:-10000}
./mvnw -B -q package -DskipTests
exec java -Dcercle.benchmark.followers="$followers" -jar app/target/cercle.jar \
  --spring.profiles.active=generate,notification-benchmark \
  --server.port=0 \
  --cercle.demo.enabled=false \
  --cercle.mail.embedded=true \
  --cercle.generate.members=$((followers + 2)) \
  --cercle.generate.articles=0 \
  --cercle.generate.events=0 \
  --cercle.notifications.mail-every=PT0.5S \
  --cercle.embedded-postgres.data-dir=data/bench-notifications \
  --cercle.embedded-postgres.port=54332 \
  --logging.level.root=warn \
  --logging.level.org.cercle.feed.demo=info
