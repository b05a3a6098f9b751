#!/usr/bin/env bash
# Search latency benchmark. Starts the packaged app on its own embedded PostgreSQL (data in
# data/bench, port 54330; web server on a free port, no demo content), generates N published articles once
# (default 100000; kept for later runs), runs 20 French queries x 10 rounds after a warm-up,
# prints p50/p95/p99 and stops.
#   bench/search-benchmark.sh [articles]
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-100000}
./mvnw -B -q package -DskipTests
exec java -jar app/target/cercle.jar \
  --spring.profiles.active=generate,search-benchmark \
  --server.port=0 \
  --cercle.demo.enabled=false \
  --cercle.embedded-postgres.data-dir=data/bench \
  --cercle.embedded-postgres.port=54330 \
  --cercle.generate.articles="$articles" \
  --logging.level.root=warn \
  --logging.level.org.cercle.app.bench=info \
  --logging.level.org.cercle.feed.demo.VolumeGenerator=info
