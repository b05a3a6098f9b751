#!/usr/bin/env bash
# Page speed benchmark (see README, "Benchmarks"). Packages the app, starts it on its own embedded
# PostgreSQL (data in data/bench-pages, kept between runs) with generated volume (profile "generate":
# 1,000 articles by default, 10,000 members, 20 comments on each of the 50 newest articles, 30 circles,
# 200 events with registrations), then drives it with wrk from 127.0.0.1 only: a warm-up, then a fixed
# duration per page at a fixed number of connections. For the same run it serves a saved copy of the
# article page with nginx and prints our throughput as a ratio of that static file's. It stops by itself.
# Before measuring, every page (anonymous and signed in) is requested in turn for WARMUP_ALL, so that
# the JIT has compiled every path, not just the first page's.
#   bench/page-benchmark.sh   # ARTICLES=1000 DURATION=10s WARMUP=5s WARMUP_ALL=30s CONNECTIONS=32 THREADS=2
#                             # JAVA_OPTS (default @ops/jvm.options; "" for the JVM's own defaults)
#                             # LAUNCH=ops starts it with ops/run.sh instead of java -jar (JAVA_OPTS: extra options)
#                             # FRONT=nginx measures every page through nginx in front of the app
#                             # (ops/nginx/cercle.conf.template, the app publishing its anonymous pages)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/static-nginx.sh

ARTICLES=${ARTICLES:-1000}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-5s}
WARMUP_ALL=${WARMUP_ALL:-30s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
APP_PORT=18080
STATIC_PORT=18081
FRONT_PORT=18082
DATA=data/bench-pages
WORK=$(mktemp -d)
BASE="http://127.0.0.1:$APP_PORT"

for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "needs $tool (Debian: apt-get install wrk nginx curl)"; exit 1; }
done

./mvnw -B -q package -DskipTests

cleanup() {
  [[ -n "${APP:-}" ]] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true
  [[ -f "$WORK/nginx.pid" ]] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  [[ -f "$WORK/front.pid" ]] && kill "$(cat "$WORK/front.pid")" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} # as ops/run.sh
if [[ "${LAUNCH:-jar}" == ops ]]; then
  # as production starts it: ops/run.sh (extracted jar, archive of its classes; JAVA and JAVA_OPTS as it reads them)
  launch=(ops/run.sh)
  launch_name="ops/run.sh, JAVA_OPTS=${JAVA_OPTS:-}, $(${JAVA:-java} -version 2>&1 | head -1)"
  # the archive is written, if need be, before the measured start (a start that stops once ready)
  ops/run.sh --cercle.training-run=true --spring.profiles.active=generate --server.port=$APP_PORT --cercle.embedded-postgres.data-dir=$DATA \
    --cercle.embedded-postgres.port=54332 --cercle.demo.enabled=false >/dev/null 2>&1 || true
else
  # the JVM settings the README, the Dockerfile and ops/run.sh use (JAVA_OPTS="" for the JVM's defaults)
  # shellcheck disable=SC2206
  launch=(java ${JAVA_OPTS-@ops/jvm.options} -jar app/target/cercle.jar)
  launch_name="JVM options: ${JAVA_OPTS-@ops/jvm.options}"
fi
front_args=()
[[ "${FRONT:-}" == nginx ]] && front_args=(--cercle.front.pages-dir="$WORK/front")
launched=$(date +%s.%N)
"${launch[@]}" "${front_args[@]}" \
  --spring.profiles.active=generate \
  --server.port=$APP_PORT \
  --cercle.demo.enabled=false \
  --cercle.embedded-postgres.data-dir=$DATA \
  --cercle.embedded-postgres.port=54332 \
  --cercle.generate.articles="$ARTICLES" \
  --logging.level.root=warn \
  --logging.level.org.cercle=info \
  --logging.level.org.springframework.boot.StartupInfoLogger=info > "$WORK/app.log" 2>&1 &
APP=$!
until curl -sf "$BASE/actuator/health/readiness" >/dev/null; do
  kill -0 "$APP" 2>/dev/null || { cat "$WORK/app.log"; echo "the app stopped"; exit 1; }
  sleep 0.5
done
ready=$(date +%s.%N)
rss_at_ready=$(awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' /proc/$APP/status)
started=$(grep -o 'Started CercleApplication in [0-9.]* seconds' "$WORK/app.log" | grep -o '[0-9.]*' | head -1)

newest=$(curl -s "$BASE/articles" | grep -o 'href="/articles/volume-[0-9]*"' | head -1 | sed 's/href="//; s/"//')
event=$(curl -s "$BASE/events" | grep -o 'href="/events/evenement-genere-[0-9]*"' | head -1 | sed 's/href="//; s/"//')
pages=("/" "$newest" "/tags/communautes" "/search?q=communaut%C3%A9" "/feed.atom" "/events" "$event")
signed_in_pages=("/" "$newest" "$event")

# a signed-in member: sign in through the form, keep the session cookie
curl -s -c "$WORK/jar" "$BASE/login" > "$WORK/login.html"
csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$WORK/login.html" | head -1 | sed 's/.*value="//; s/"//')
curl -s -b "$WORK/jar" -c "$WORK/jar" -o /dev/null --data-urlencode "username=membre-1" \
  --data-urlencode "password=cercle-volume-membre" --data-urlencode "_csrf=$csrf" "$BASE/login"
session=$(awk '$6 == "CERCLE_SESSION" { print $7 }' "$WORK/jar")
# and the CSRF cookie its first page sets, which a browser sends back from then on (without it, each
# answer makes a new token: the last row measures that too, as benchmarks before session 13 did)
curl -s -b "$WORK/jar" -c "$WORK/jar" -o /dev/null "$BASE/"
xsrf=$(awk '$6 == "XSRF-TOKEN" { print $7 }' "$WORK/jar")
[[ -n "$session" && -n "$xsrf" ]] || { echo "signing in failed"; exit 1; }
cookies="CERCLE_SESSION=$session; XSRF-TOKEN=$xsrf"

# the static copy of the article page, served by nginx
mkdir -p "$WORK/static"
curl -s "$BASE$newest" > "$WORK/static/article.html"
curl -s "$BASE/feed.atom" > "$WORK/static/feed.atom"
serve_static "$WORK" "$STATIC_PORT"
if [[ "${FRONT:-}" == nginx ]]; then
  serve_front "$WORK" "$FRONT_PORT" "$APP_PORT" "$WORK/front"
  until curl -sf -o /dev/null "http://127.0.0.1:$FRONT_PORT/readyz"; do sleep 0.2; done
  DIRECT=$BASE
  BASE="http://127.0.0.1:$FRONT_PORT"
fi

to_ms() { # wrk prints 850.00us, 3.20ms or 1.02s
  awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v / 1000; else if (v ~ /ms$/) printf "%.2f", v + 0;
    else if (v ~ /s$/) printf "%.2f", v * 1000; else printf "%s", v }'
}
measure() { # url [header] -> "rps p50 p99 errors"
  local out
  if [[ -n "${2:-}" ]]; then
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "$2" "$1" >/dev/null
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "$2" "$1")
  else
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$1" >/dev/null
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$1")
  fi
  local rps p50 p99 non2xx sock
  rps=$(echo "$out" | awk '/Requests\/sec/ { print $2 }')
  p50=$(to_ms "$(echo "$out" | awk '$1 == "50%" { print $2 }')")
  p99=$(to_ms "$(echo "$out" | awk '$1 == "99%" { print $2 }')")
  non2xx=$(echo "$out" | awk '/Non-2xx/ { print $NF }')
  sock=$(echo "$out" | awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }')
  echo "$rps $p50 $p99 $(( ${non2xx:-0} + ${sock:-0} ))"
}

# warm-up of every page, anonymous and signed in, in turn
{
  echo "local pages = {"
  for page in "${pages[@]}"; do echo "  { path = \"$page\" },"; done
  for page in "${signed_in_pages[@]}"; do echo "  { path = \"$page\", cookie = \"$cookies\" },"; done
  echo "}"
  cat <<'LUA'
local i = 0
request = function()
  i = i % #pages + 1
  local page = pages[i]
  if page.cookie then return wrk.format("GET", page.path, { ["Cookie"] = page.cookie }) end
  return wrk.format("GET", page.path)
end
LUA
} > "$WORK/warmup.lua"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP_ALL" -s "$WORK/warmup.lua" "$BASE" >/dev/null

read -r static_rps static_p50 static_p99 static_errors < <(measure "http://127.0.0.1:$STATIC_PORT/article.html")
read -r feed_rps feed_p50 feed_p99 feed_errors < <(measure "http://127.0.0.1:$STATIC_PORT/feed.atom")

echo
echo "Cercle page benchmark — $(date -u +%Y-%m-%d), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
[[ "${FRONT:-}" == nginx ]] && echo "every page through nginx in front of the app (ops/nginx/cercle.conf.template, published anonymous pages)"
echo "$ARTICLES articles; wrk -t$THREADS -c$CONNECTIONS -d$DURATION after $WARMUP_ALL of every page in turn and a $WARMUP warm-up per page; 127.0.0.1"
echo
echo "| page | visitor | requests/s | p50 ms | p99 ms | errors | share of static |"
echo "|---|---|---|---|---|---|---|"
printf "| nginx, static copy of %s | anonymous | %s | %s | %s | %s | 1.00 |\n" "$newest" "$static_rps" "$static_p50" "$static_p99" "$static_errors"
printf "| nginx, static copy of /feed.atom (%s bytes) | anonymous | %s | %s | %s | %s | %.3f |\n" "$(wc -c < "$WORK/static/feed.atom")" "$feed_rps" "$feed_p50" "$feed_p99" "$feed_errors" "$(echo "$feed_rps / $static_rps" | bc -l)"
for page in "${pages[@]}"; do
  read -r rps p50 p99 errors < <(measure "$BASE$page")
  share=$(printf "%.3f" "$(echo "$rps / $static_rps" | bc -l)")
  # the feed is larger than the article: also its share of its own static copy
  [[ "$page" == /feed.atom ]] && share="$share ($(printf "%.3f" "$(echo "$rps / $feed_rps" | bc -l)") of the feed's copy)"
  printf "| %s | anonymous | %s | %s | %s | %s | %s |\n" "$page" "$rps" "$p50" "$p99" "$errors" "$share"
done
for page in "${signed_in_pages[@]}"; do
  read -r rps p50 p99 errors < <(measure "$BASE$page" "Cookie: $cookies")
  printf "| %s | signed in | %s | %s | %s | %s | %.3f |\n" "$page" "$rps" "$p50" "$p99" "$errors" "$(echo "$rps / $static_rps" | bc -l)"
  if [[ -n "${DIRECT:-}" ]]; then # the same page straight to the app, right after: what nginx's proxying costs
    read -r rps p50 p99 errors < <(measure "$DIRECT$page" "Cookie: $cookies")
    printf "| %s | signed in, straight to the app | %s | %s | %s | %s | %.3f |\n" "$page" "$rps" "$p50" "$p99" "$errors" "$(echo "$rps / $static_rps" | bc -l)"
  fi
done
read -r rps p50 p99 errors < <(measure "$BASE$newest" "Cookie: CERCLE_SESSION=$session")
printf "| %s | signed in, session cookie only (a new CSRF token each time) | %s | %s | %s | %s | %.3f |\n" "$newest" "$rps" "$p50" "$p99" "$errors" "$(echo "$rps / $static_rps" | bc -l)"
echo
echo "start-up: $started s as Spring Boot reports it; $(echo "$ready - $launched" | bc -l | xargs printf '%.1f') s from launch to ready (includes generating the data on a first run)"
echo "peak RSS of the app: $(awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' /proc/$APP/status), $rss_at_ready when ready ($launch_name)"
[[ -f "$WORK/front.pid" ]] && echo "nginx in front: $(ps -o rss= --ppid "$(cat "$WORK/front.pid")" | awk '{ s += $1 } END { printf "%.0f MB", s / 1024 }') RSS in its workers; $(find "$WORK/front/current/" -type f | wc -l) pages published at the end"
echo "article page weight: $(wc -c < "$WORK/static/article.html") bytes of HTML"
