# Sourced by the benchmarks that compare Cercle with nginx: serve_static WORK PORT serves the files of
# WORK/static with nginx on 127.0.0.1:PORT (its pid in WORK/nginx.pid, for the caller's cleanup).
serve_static() {
  local work=$1 port=$2
  mkdir -p "$work/logs"
  chmod -R a+rX "$work"
  cat > "$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/logs/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  default_type text/html;
  server { listen 127.0.0.1:$port; root $work/static; }
}
CONF
  nginx -c "$work/nginx.conf" -p "$work"
}

# serve_front WORK PORT UPSTREAM_PORT PAGES_DIR: nginx on 127.0.0.1:PORT in front of the application on
# UPSTREAM_PORT with ops/nginx/cercle.conf.template, reading the pages it publishes in PAGES_DIR (its
# pid in WORK/front.pid).
serve_front() {
  local work=$1 port=$2 upstream=$3 pages=$4
  mkdir -p "$work/front-logs" "$pages"
  chmod a+rX "$work" "$pages"
  CERCLE_LISTEN="127.0.0.1:$port" CERCLE_UPSTREAM="127.0.0.1:$upstream" CERCLE_FRONT_PAGES="$pages" \
    envsubst '${CERCLE_LISTEN} ${CERCLE_UPSTREAM} ${CERCLE_FRONT_PAGES}' < ops/nginx/cercle.conf.template > "$work/cercle.conf"
  cat > "$work/front.conf" <<CONF
worker_processes auto;
$([[ $(id -u) == 0 ]] && echo "user root;")
pid $work/front.pid;
error_log $work/front-logs/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  default_type application/octet-stream;
  client_body_temp_path $work/front-logs/body;
  proxy_temp_path $work/front-logs/proxy;
  include $work/cercle.conf;
}
CONF
  nginx -c "$work/front.conf" -p "$work"
}
