# Sourced by the measurement scripts: a spare loopback port, and waiting for a started `qabot run` to be healthy.
spare_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# wait_healthy PORT PID LOG LABEL: returns once /health answers 200; exits with the host's log if it dies or takes 90 s.
wait_healthy() {
  local deadline=$((SECONDS + 90))
  until curl -sf "http://127.0.0.1:$1/health" >/dev/null; do
    if ((SECONDS > deadline)) || ! kill -0 "$2" 2>/dev/null; then
      echo "$4: the host did not become healthy; its log:" >&2
      tail -30 "$3" >&2
      exit 1
    fi
    sleep 0.5
  done
}
