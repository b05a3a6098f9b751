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
