#!/usr/bin/env bash
# Starts ProcurementSim on this machine without Docker: a private RabbitMQ node from the local rabbitmq-server
# install, the three actor services and the orchestrator, as background processes. Stop them with down.sh.
#   deploy/local/up.sh                 # build what it starts (Release: services + procsim) and start
#   deploy/local/up.sh --no-build      # start what is already built
#   PROCSIM_REPLICAS=2 deploy/local/up.sh   # two replicas of each actor service (ports +2/+3)
# State, pids and logs: $XDG_RUNTIME_DIR/procsim-local, or ~/.local/state/procsim-local (PROCSIM_LOCAL_STATE
# overrides it); a private directory (mode 700, this user's), which up.sh creates and refuses to use otherwise.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

build=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "up.sh: unknown argument '$arg' (try --help)." >&2; exit 2 ;;
  esac
done
replicas=${PROCSIM_REPLICAS:-1}
if ! [[ "$replicas" =~ ^[1-5]$ ]]; then
  echo "up.sh: PROCSIM_REPLICAS must be 1 to 5 (replica r of a service uses its ports + 2r), not '$replicas'." >&2
  exit 2
fi

print_usage() {
  echo "Orchestrator: http://127.0.0.1:$ORCH_GRPC_PORT (gRPC; health: http://127.0.0.1:$ORCH_HTTP_PORT/health)"
  echo "Use it:  procsim run scenarios/usage-policy-standoff.yaml --remote http://127.0.0.1:$ORCH_GRPC_PORT"
  echo "         (procsim = dotnet services/ProcurementSim.Cli/bin/Release/net10.0/procsim.dll)"
  echo "Logs:    $LOGS    Stop: deploy/local/down.sh"
}

private_state 1

# Already up? Everything recorded alive: say so. Some of it: refuse. None of it: a stale record, start afresh.
if compgen -G "$PIDS/*.pid" >/dev/null; then
  alive=() dead=()
  for file in "$PIDS"/*.pid; do
    name=$(basename "$file" .pid)
    if recorded_alive "$file"; then alive+=("$name"); else dead+=("$name"); fi
  done
  if [ ${#dead[@]} -eq 0 ]; then
    echo "ProcurementSim is already up (${alive[*]}); state in $STATE."
    print_usage
    exit 0
  fi
  if [ ${#alive[@]} -gt 0 ]; then
    echo "up.sh: ProcurementSim is partly up (running: ${alive[*]}; gone: ${dead[*]}): run deploy/local/down.sh, then up.sh again." >&2
    exit 1
  fi
  rm -f "$PIDS"/*.pid
fi

if [ ! -x "$RMQ_BIN/rabbitmq-server" ]; then
  echo "up.sh: rabbitmq-server is not installed: apt-get install -y rabbitmq-server (as root), then run up.sh again." >&2
  exit 1
fi
if ! command -v openssl >/dev/null; then
  echo "up.sh: openssl is not installed (it hashes the broker user's password): apt-get install -y openssl (as root), then run up.sh again." >&2
  exit 1
fi

ports=("$RMQ_PORT" "$RMQ_DIST_PORT" "$RMQ_EPMD_PORT" "$ORCH_GRPC_PORT" "$ORCH_HTTP_PORT")
for entry in "${ACTOR_SERVICES[@]}"; do
  read -r _ _ grpc http <<<"$entry"
  for ((r = 0; r < replicas; r++)); do ports+=($((grpc + 2 * r)) $((http + 2 * r))); done
done
for port in "${ports[@]}"; do
  if port_in_use "$port"; then
    echo "up.sh: port $port on 127.0.0.1 is already in use by another program; free it (ss -ltnp 'sport = :$port' shows who) and run up.sh again." >&2
    exit 1
  fi
done

mkdir -p "$PIDS" "$LOGS"
started=()

# A failed start stops what this run started, shows the log tail, and exits.
fail() {
  echo "up.sh: $1" >&2
  if [ -n "${2:-}" ] && [ -f "$2" ]; then
    echo "--- last lines of $2:" >&2
    tail -n 25 "$2" >&2
    echo "---" >&2
  fi
  if [ ${#started[@]} -gt 0 ]; then
    echo "up.sh: stopping what was started (${started[*]})." >&2
    "$(dirname "$0")/down.sh" >&2 || true
  fi
  exit 1
}

# Only what it starts (the four services) and procsim, with what they reference (services.slnf): the tests and
# benchmarks are the test runner's to build, and building them took most of the time to come up from a fresh clone.
if [ "$build" -eq 1 ]; then
  echo "Building the services and procsim (Release)..."
  dotnet build "$ROOT/deploy/local/services.slnf" -c Release -nologo -v quiet >"$LOGS/build.log" 2>&1 \
    || fail "the build failed." "$LOGS/build.log"
fi
for entry in "${ACTOR_SERVICES[@]}" "orchestrator Orchestrator"; do
  read -r _ project _ <<<"$entry"
  dll="$ROOT/services/ProcurementSim.$project/bin/Release/net10.0/ProcurementSim.$project.dll"
  if [ ! -f "$dll" ]; then
    if [ "$build" -eq 1 ]; then
      fail "the build made no $dll: is services/ProcurementSim.$project/ProcurementSim.$project.csproj in deploy/local/services.slnf?"
    fi
    fail "$dll is missing: run up.sh without --no-build."
  fi
done

# RabbitMQ: a fresh throwaway node each time, one user with a random password, guest deleted.
echo "Starting RabbitMQ (node $RMQ_NODE on 127.0.0.1:$RMQ_PORT)..."
rm -rf "$RMQ_DIR" "$LOGS/rabbitmq"
mkdir -p "$RMQ_DIR" "$LOGS/rabbitmq"
echo "listeners.tcp.default = 127.0.0.1:$RMQ_PORT" >"$RMQ_DIR/rabbitmq.conf"
echo "[]." >"$RMQ_DIR/enabled_plugins"
: >"$RMQ_DIR/rabbitmq-env.conf"
rmq_started=$SECONDS
# -detached returns at once; `rabbitmqctl wait PIDFILE` (not await_startup) then waits until it is ready.
rmq rabbitmq-server -detached >"$LOGS/rabbitmq/start.out" 2>&1 || fail "rabbitmq-server did not start." "$LOGS/rabbitmq/start.out"
started+=(rabbitmq)
ready=0
rmq rabbitmqctl -n "$RMQ_NODE" wait --timeout 60 "$RMQ_DIR/rabbit.pid" >"$LOGS/rabbitmq/wait.out" 2>&1 || ready=$?
# Record the node and the epmd it started (its own port, so never a system node's), ready or not, for down.sh.
[ -s "$RMQ_DIR/rabbit.pid" ] && record rabbitmq "$(cat "$RMQ_DIR/rabbit.pid")" beam.smp
for pid in $(own_epmd_pids); do record epmd "$pid" epmd; done
[ "$ready" -eq 0 ] || fail "the RabbitMQ node did not become ready in 60 s." "$LOGS/rabbitmq/wait.out"
user=procsim
password=$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')
# The user is imported from a definitions file in the private directory, with its password hashed as RabbitMQ
# stores it (base64 of a 4-byte salt followed by SHA-256(salt + password)): `rabbitmqctl add_user NAME PASSWORD`
# would put the password on a command line, which every user of the machine can read in /proc.
(
  umask 077
  head -c 4 /dev/urandom >"$RMQ_DIR/salt"
  printf '%s' "$password" >"$RMQ_DIR/password"   # printf is a shell builtin: no command line holds the password
  hash=$(cat "$RMQ_DIR/salt" <(cat "$RMQ_DIR/salt" "$RMQ_DIR/password" | openssl dgst -sha256 -binary) | base64 -w0)
  rm -f "$RMQ_DIR/salt" "$RMQ_DIR/password"
  printf '{"users":[{"name":"%s","password_hash":"%s","hashing_algorithm":"rabbit_password_hashing_sha256","tags":""}],"permissions":[{"user":"%s","vhost":"/","configure":".*","write":".*","read":".*"}]}\n' \
    "$user" "$hash" "$user" >"$RMQ_DIR/definitions.json"
)
{
  rmq rabbitmqctl -n "$RMQ_NODE" -q import_definitions "$RMQ_DIR/definitions.json" &&
    rmq rabbitmqctl -n "$RMQ_NODE" -q delete_user guest
} >"$LOGS/rabbitmq/users.out" 2>&1 || fail "could not create the RabbitMQ user." "$LOGS/rabbitmq/users.out"
rm -f "$RMQ_DIR/definitions.json"
amqp_url="amqp://$user:$password@127.0.0.1:$RMQ_PORT/"
(umask 077 && echo "$amqp_url" >"$STATE/rabbitmq-url")
echo "RabbitMQ ready in $((SECONDS - rmq_started)) s (its URL, with the password, is in $STATE/rabbitmq-url)."

# start_service NAME PROJECT GRPC_PORT HTTP_PORT [ENV=VALUE...]: one background process, its own session
# (setsid, so a Ctrl-C in this terminal does not reach it), working directory = its bin folder (appsettings.json).
start_service() {
  local name=$1 project=$2 grpc=$3 http=$4
  shift 4
  local bin="$ROOT/services/ProcurementSim.$project/bin/Release/net10.0"
  (
    cd "$bin"
    # The broker URL holds its password: exported, never an argument (every user can read a command line in /proc).
    export RabbitMq__Url="$amqp_url"
    exec setsid env ProcSim__GrpcPort="$grpc" ProcSim__HttpPort="$http" "$@" dotnet "ProcurementSim.$project.dll"
  ) </dev/null >"$LOGS/$name.log" 2>&1 &
  record "$name" "$!" "ProcurementSim.$project.dll"
  disown "$!"   # down.sh stops it; no job notice from this shell if it exits
  started+=("$name")
}

# wait_healthy NAME HTTP_PORT: until GET /health answers 200 (60 s), or the process has died.
wait_healthy() {
  local name=$1 http=$2
  for _ in $(seq 120); do
    if curl -sf -o /dev/null "http://127.0.0.1:$http/health"; then
      echo "  $name: healthy (gRPC $((http - 1)), /health on $http, pid $(cut -d' ' -f1 "$PIDS/$name.pid"))"
      return 0
    fi
    recorded_alive "$PIDS/$name.pid" || fail "$name exited during start-up." "$LOGS/$name.log"
    sleep 0.5
  done
  fail "$name did not answer http://127.0.0.1:$http/health within 60 s." "$LOGS/$name.log"
}

echo "Starting the services..."
orchestrator_env=()
waits=()
for entry in "${ACTOR_SERVICES[@]}"; do
  read -r name project grpc http <<<"$entry"
  for ((r = 0; r < replicas; r++)); do
    instance=$name
    [ "$replicas" -eq 1 ] || instance="$name-$r"
    # Each replica tells the orchestrator where it is when it takes a batch run (placement claims).
    start_service "$instance" "$project" $((grpc + 2 * r)) $((http + 2 * r)) \
      ProcSim__AdvertisedAddress="http://127.0.0.1:$((grpc + 2 * r))"
    orchestrator_env+=("Services__${project}__$r=http://127.0.0.1:$((grpc + 2 * r))")
    waits+=("$instance $((http + 2 * r))")
  done
done
for wait in "${waits[@]}"; do wait_healthy $wait; done
# Its run store in the state directory, beside the logs (not under bin/, where a rebuild or a clean would lose it).
start_service orchestrator Orchestrator "$ORCH_GRPC_PORT" "$ORCH_HTTP_PORT" "${orchestrator_env[@]}" \
  Orchestrator__StorePath="$STATE/orchestrator.db"
wait_healthy orchestrator "$ORCH_HTTP_PORT"

echo "ProcurementSim is up."
print_usage
