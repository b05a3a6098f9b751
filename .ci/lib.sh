# Helpers for the CI scripts (sourced). Ports are chosen free at run time: a portal or tests
# running on this machine never collide with CI's.

# A TCP port nobody listens on right now on 127.0.0.1.
free_port() {
  local port
  while true; do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
}

# Waits up to $2 seconds (default 90) until $1 answers 200.
wait_ready() {
  local url=$1 seconds=${2:-90}
  for _ in $(seq 1 "$seconds"); do
    if curl -fsS "$url" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  return 1
}
