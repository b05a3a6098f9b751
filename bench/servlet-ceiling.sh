#!/usr/bin/env bash
# Servlet ceiling benchmark (see README, "Benchmarks"): how close to nginx a page served from memory
# can get at all on this machine with the application's web server. nginx serves static files of the
# sizes of Cercle's pages (event 6 KB, article 29 KB, /feed.atom 66 KB by default); the embedded Tomcat
# of the packaged jar (the same version and connector settings, the JVM settings of ops/jvm.options)
# serves the same bytes from one servlet, with nothing else in front (bench/TomcatCeiling.java). Both
# are driven by wrk from 127.0.0.1 in the same run; it prints each one's requests/s, p99 and the
# ratio, and stops both.   bench/servlet-ceiling.sh   # SIZES="6 29 66" (KB) DURATION=10s CONNECTIONS=32
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/static-nginx.sh

SIZES=${SIZES:-6 29 66}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
STATIC_PORT=18091
TOMCAT_PORT=18092
WORK=$(mktemp -d)
for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "needs $tool (Debian: apt-get install wrk nginx curl)"; exit 1; }
done

./mvnw -B -q package -DskipTests
cleanup() {
  [[ -n "${TOMCAT:-}" ]] && kill "$TOMCAT" 2>/dev/null && wait "$TOMCAT" 2>/dev/null || true
  [[ -f "$WORK/nginx.pid" ]] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
java -Djarmode=tools -jar app/target/cercle.jar extract --destination "$WORK/app" >/dev/null

mkdir -p "$WORK/static"
for size in $SIZES; do # French-looking text of the given size in kilobytes
  { echo "<!DOCTYPE html><html lang=\"fr\"><body>"
    head -c $(( size * 1024 - 60 )) \
      < <(yes "<p>La communauté se retrouve chaque mois autour d'un café pour parler du futur du travail.</p>")
    echo "</body></html>"; } > "$WORK/static/page-$size.html"
done
serve_static "$WORK" "$STATIC_PORT"

measure() { # url -> "rps p99"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$1" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$1" \
    | awk '/Requests\/sec/ { rps = $2 } $1 == "99%" { p99 = $2 } END { print rps, p99 }'
}

echo
echo "Servlet ceiling — $(date -u +%Y-%m-%d), $(nproc) cores; wrk -t$THREADS -c$CONNECTIONS -d$DURATION after 5 s of warm-up; 127.0.0.1"
echo
echo "| page size | nginx requests/s (p99) | bare Tomcat requests/s (p99) | Tomcat / nginx |"
echo "|---|---|---|---|"
for size in $SIZES; do
  export MALLOC_ARENA_MAX=2
  java @ops/jvm.options -cp "$WORK/app/lib/*" bench/TomcatCeiling.java $TOMCAT_PORT "$WORK/static/page-$size.html" \
    > "$WORK/tomcat.log" 2>&1 &
  TOMCAT=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$TOMCAT_PORT/"; do
    kill -0 "$TOMCAT" 2>/dev/null || { cat "$WORK/tomcat.log"; exit 1; }
    sleep 0.2
  done
  # the JIT warms up on the servlet first, as the page benchmark warms up every page
  wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "http://127.0.0.1:$TOMCAT_PORT/" >/dev/null
  read -r static_rps static_p99 < <(measure "http://127.0.0.1:$STATIC_PORT/page-$size.html")
  read -r tomcat_rps tomcat_p99 < <(measure "http://127.0.0.1:$TOMCAT_PORT/")
  kill "$TOMCAT"; wait "$TOMCAT" 2>/dev/null || true; TOMCAT=
  printf "| %s KB | %s (%s) | %s (%s) | %.2f |\n" "$size" "$static_rps" "$static_p99" "$tomcat_rps" "$tomcat_p99" \
    "$(echo "$tomcat_rps / $static_rps" | bc -l)"
done
