#!/usr/bin/env bash
# Mail benchmark. Starts the packaged app on its own embedded PostgreSQL (data in data/bench-mail,
# port 54331; web server on a free port, no demo content) with the in-process SMTP server, then:
# queues a burst of letters and times until the outbox has sent them all over SMTP (letters/s);
# registers members through the form over HTTP while the SMTP server is up, then while it is
# down, and prints both p50/p99; then stops.
#   bench/mail-benchmark.sh [letters] [registrations]
set -euo pipefail
cd "$(dirname "$0")/.."
letters=${1:-2000}
registrations=${2:-200}
./mvnw -B -q package -DskipTests
exec java -Dcercle.benchmark.letters="$letters" -Dcercle.benchmark.registrations="$registrations" \
  -jar app/target/cercle.jar \
  --spring.profiles.active=mail-benchmark \
  --server.port=0 \
  --cercle.demo.enabled=false \
  --cercle.mail.embedded=true \
  --cercle.registration.max-per-address-per-hour=1000000 \
  --cercle.embedded-postgres.data-dir=data/bench-mail \
  --cercle.embedded-postgres.port=54331 \
  --logging.level.root=warn \
  --logging.level.org.cercle.app.bench=info
