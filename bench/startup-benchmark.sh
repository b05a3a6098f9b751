#!/usr/bin/env bash
# Start-up benchmark (see README, "Benchmarks"): how long the packaged application takes from launch to
# ready (/readyz answers 200), with the JVM settings of ops/jvm.options, on its own embedded PostgreSQL
# (data in data/bench-startup, created by a first, unmeasured run). Each way of launching is timed
# RUNS times and its median printed:
#   1. the packaged jar, as it is (java -jar app/target/cercle.jar)
#   2. the jar extracted by Spring Boot's jarmode tools (plain class path, no nested jars)
#   3. the extracted jar with a class data sharing archive (CDS) written by the training run of
#      ops/run.sh: the application starts, reads a few of its pages once ready, then stops
#      (--cercle.training-run=true)
#   4. to 6., when a JDK 25 is there (JAVA25, default /usr/lib/jvm/temurin-25-jdk-amd64/bin/java): the
#      extracted jar on it, without and with its ahead-of-time cache (JEP 514: -XX:AOTCacheOutput, then
#      -XX:AOTCache), the cache written by a run halted once the context is refreshed
#      (-Dspring.context.exit=onRefresh, the earlier way) and by the training run above
# It stops every application it starts.   bench/startup-benchmark.sh   # RUNS=3
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
PORT=18180
DATA=data/bench-startup
WORK=$(mktemp -d)
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
command -v curl >/dev/null || { echo "needs curl"; exit 1; }

./mvnw -B -q package -DskipTests
cleanup() {
  [[ -n "${APP:-}" ]] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

ARGS=(--server.port=$PORT --cercle.demo.enabled=true --cercle.embedded-postgres.data-dir=$DATA
  --cercle.embedded-postgres.port=54333 --logging.level.root=warn)

ready_after() { # [java binary] java arguments... -> seconds from launch to ready
  local launched ready java=java
  if [[ "$1" == /* ]]; then java=$1; shift; fi
  launched=$(date +%s.%N)
  "$java" "$@" "${ARGS[@]}" > "$WORK/app.log" 2>&1 &
  APP=$!
  until curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null; do
    kill -0 "$APP" 2>/dev/null || { cat "$WORK/app.log"; echo "the app stopped"; exit 1; }
    sleep 0.05
  done
  ready=$(date +%s.%N)
  kill "$APP"; wait "$APP" 2>/dev/null || true; APP=
  echo "$ready - $launched" | bc -l
}
median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", v[int((NR + 1) / 2)] }'; }
row() { # label, times...
  local label=$1; shift
  printf "| %s | %s s | %s |\n" "$label" "$(printf '%s\n' "$@" | median)" "$(printf '%.1f ' "$@")"
}
timed() { # label, java arguments...
  local label=$1; shift
  local times=()
  for _ in $(seq "$RUNS"); do times+=("$(ready_after "$@")"); done
  row "$label" "${times[@]}"
}

ready_after @ops/jvm.options -jar app/target/cercle.jar >/dev/null # creates the database the first time

java -Djarmode=tools -jar app/target/cercle.jar extract --destination "$WORK/extracted" >/dev/null
train() { # java archive-option kind: "pages" (cercle.training-run, as ops/run.sh) or "refresh" (halts once refreshed)
  local java=$1 output=$2
  if [[ "$3" == pages ]]; then
    "$java" @ops/jvm.options "$output" -jar "$WORK/extracted/cercle.jar" "${ARGS[@]}" \
      --cercle.training-run=true > "$WORK/training.log" 2>&1 || true
  else
    "$java" @ops/jvm.options "$output" -Dspring.context.exit=onRefresh -jar "$WORK/extracted/cercle.jar" "${ARGS[@]}" \
      > "$WORK/training.log" 2>&1 || true
    # the halt leaves the embedded PostgreSQL running: stopped, so that the next start starts its own
    if [[ -f "$DATA/postmaster.pid" ]]; then
      kill -INT "$(head -1 "$DATA/postmaster.pid")" 2>/dev/null || true
      while [[ -f "$DATA/postmaster.pid" ]]; do sleep 0.1; done
    fi
  fi
}
train java -XX:ArchiveClassesAtExit="$WORK/extracted/cercle.jsa" pages

echo
echo "Cercle start-up — $(date -u +%Y-%m-%d), $(nproc) cores, Java $(java -version 2>&1 | head -1 | cut -d'"' -f2); launch to ready, $RUNS runs"
echo
echo "| launch | median | runs |"
echo "|---|---|---|"
timed "packaged jar" @ops/jvm.options -jar app/target/cercle.jar
timed "extracted jar" @ops/jvm.options -jar "$WORK/extracted/cercle.jar"
timed "extracted jar + CDS archive" @ops/jvm.options -XX:SharedArchiveFile="$WORK/extracted/cercle.jsa" \
  -jar "$WORK/extracted/cercle.jar"
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
if [[ -x "$JAVA25" ]]; then
  timed "extracted jar, JDK 25" "$JAVA25" @ops/jvm.options -jar "$WORK/extracted/cercle.jar"
  train "$JAVA25" -XX:AOTCacheOutput="$WORK/extracted/refresh.aot" refresh
  train "$JAVA25" -XX:AOTCacheOutput="$WORK/extracted/cercle.aot" pages
  # the two caches are timed in turn, so that this machine's drift falls on both alike
  refresh_times=() pages_times=()
  for _ in $(seq "$RUNS"); do
    refresh_times+=("$(ready_after "$JAVA25" @ops/jvm.options -XX:AOTCache="$WORK/extracted/refresh.aot" \
      -jar "$WORK/extracted/cercle.jar")")
    pages_times+=("$(ready_after "$JAVA25" @ops/jvm.options -XX:AOTCache="$WORK/extracted/cercle.aot" \
      -jar "$WORK/extracted/cercle.jar")")
  done
  row "extracted jar, JDK 25 + AOT cache trained up to the context's refresh" "${refresh_times[@]}"
  row "extracted jar, JDK 25 + AOT cache trained through pages (ops/run.sh), in turn with the row above" \
    "${pages_times[@]}"
fi
echo
echo "CDS archive: $(du -h "$WORK/extracted/cercle.jsa" | cut -f1)$([[ -f "$WORK/extracted/cercle.aot" ]] && echo ", AOT cache: $(du -h "$WORK/extracted/cercle.aot" | cut -f1)")"
