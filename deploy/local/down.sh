#!/usr/bin/env bash
# Stops what deploy/local/up.sh started, and nothing else: the processes it recorded in its private state directory
# (each by pid, program and start time, and only if it is this user's), its RabbitMQ node (rabbitmqctl shutdown) and
# that node's epmd. Logs stay in the state dir.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
private_state 0

if ! compgen -G "$PIDS/*.pid" >/dev/null; then
  echo "ProcurementSim is not up (nothing recorded in $PIDS)."
  exit 0
fi

# stop_recorded NAME: TERM, up to 10 s to exit, then KILL; only while the pid is still the recorded program.
stop_recorded() {
  local name=$1 file="$PIDS/$1.pid" pid
  [ -f "$file" ] || return 0
  read -r pid _ <"$file"
  if recorded_alive "$file"; then
    kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 100); do recorded_alive "$file" || break; sleep 0.1; done
    if recorded_alive "$file"; then
      kill -KILL "$pid" 2>/dev/null
      echo "  $name (pid $pid): killed after 10 s"
    else
      echo "  $name (pid $pid): stopped"
    fi
  else
    echo "  $name (pid $pid): already gone"
  fi
  rm -f "$file"
}

echo "Stopping ProcurementSim (state in $STATE)..."
stop_recorded orchestrator
for file in "$PIDS"/*.pid; do
  name=$(basename "$file" .pid)
  case "$name" in rabbitmq | epmd) ;; *) stop_recorded "$name" ;; esac
done

# The node: rabbitmqctl shutdown reaches only ours (its own epmd port and Erlang cookie); if that fails, its pid.
if [ -f "$PIDS/rabbitmq.pid" ]; then
  read -r pid _ <"$PIDS/rabbitmq.pid"
  if recorded_alive "$PIDS/rabbitmq.pid" \
    && rmq rabbitmqctl -n "$RMQ_NODE" -q shutdown >"$LOGS/rabbitmq/shutdown.out" 2>&1; then
    echo "  rabbitmq (node $RMQ_NODE, pid $pid): shut down"
    rm -f "$PIDS/rabbitmq.pid"
  fi
  stop_recorded rabbitmq
fi
stop_recorded epmd
echo "Stopped. Logs are kept in $LOGS."
