# Shared by up.sh and down.sh (sourced, not run). Everything they start is recorded under $STATE.
# shellcheck shell=bash

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# Private to the user: never a predictable folder in a shared directory (another user could create it first, read
# the broker URL written there or plant a pid file). $XDG_RUNTIME_DIR is the user's own; without it, the user's
# state directory under $HOME.
STATE=${PROCSIM_LOCAL_STATE:-${XDG_RUNTIME_DIR:-${XDG_STATE_HOME:-$HOME/.local/state}}/procsim-local}
PIDS=$STATE/pids
LOGS=$STATE/logs

# private_state CREATE: the state directory exists (made when CREATE=1, mode 0700), is a real directory (not a
# symbolic link), belongs to this user and no one else may read or write it; otherwise one sentence and exit 2.
private_state() {
  local create=$1 owner mode
  if [ "$create" = 1 ] && [ ! -e "$STATE" ] && [ ! -L "$STATE" ]; then
    (umask 077 && mkdir -p "$STATE") || { echo "$(basename "$0"): cannot create the state directory $STATE." >&2; exit 2; }
  fi
  [ -e "$STATE" ] || [ -L "$STATE" ] || return 0
  if [ -L "$STATE" ] || [ ! -d "$STATE" ]; then
    echo "$(basename "$0"): $STATE is not a directory of its own (a symbolic link or a file): remove it, or set PROCSIM_LOCAL_STATE to a private directory." >&2
    exit 2
  fi
  read -r owner mode < <(stat -c '%u %a' "$STATE")
  if [ "$owner" != "$(id -u)" ] || [ $((8#$mode & 8#077)) -ne 0 ]; then
    echo "$(basename "$0"): $STATE belongs to uid $owner with mode $mode; it must be this user's (uid $(id -u)) and mode 700, since it holds the broker's password and the pids this script kills: remove it, or set PROCSIM_LOCAL_STATE to a private directory." >&2
    exit 2
  fi
}

# The private RabbitMQ node: its own ports (not a system node's 5672/4369), files, cookie and epmd.
RMQ_BIN=/usr/lib/rabbitmq/bin
RMQ_DIR=$STATE/rabbitmq
RMQ_NODE=procsim-local@localhost
RMQ_PORT=${PROCSIM_RABBITMQ_PORT:-5673}
RMQ_DIST_PORT=${PROCSIM_RABBITMQ_DIST_PORT:-25673}
RMQ_EPMD_PORT=${PROCSIM_EPMD_PORT:-24369}

# Actor services: name, project, gRPC port of replica 0, HTTP port of replica 0 (replica r adds 2r).
ACTOR_SERVICES=(
  "agency Agency 5110 5111"
  "vendor Vendor 5120 5121"
  "replacement-vendor ReplacementVendor 5130 5131"
)
ORCH_GRPC_PORT=5100
ORCH_HTTP_PORT=5101

# Runs the rabbitmq tools as the private node: the node and rabbitmqctl must share HOME (the Erlang cookie).
rmq() {
  local tool=$1
  shift
  env HOME="$RMQ_DIR" \
    RABBITMQ_NODENAME="$RMQ_NODE" \
    RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 \
    RABBITMQ_NODE_PORT="$RMQ_PORT" \
    RABBITMQ_DIST_PORT="$RMQ_DIST_PORT" \
    ERL_EPMD_PORT="$RMQ_EPMD_PORT" \
    ERL_EPMD_ADDRESS=127.0.0.1 \
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS='-kernel inet_dist_use_interface {127,0,0,1}' \
    RABBITMQ_MNESIA_BASE="$RMQ_DIR/mnesia" \
    RABBITMQ_LOG_BASE="$LOGS/rabbitmq" \
    RABBITMQ_CONFIG_FILE="$RMQ_DIR/rabbitmq.conf" \
    RABBITMQ_ENABLED_PLUGINS_FILE="$RMQ_DIR/enabled_plugins" \
    RABBITMQ_PID_FILE="$RMQ_DIR/rabbit.pid" \
    RABBITMQ_CONF_ENV_FILE="$RMQ_DIR/rabbitmq-env.conf" \
    "$RMQ_BIN/$tool" "$@"
}

# The epmd this node started: named epmd, with the node's HOME and epmd port in its environment.
own_epmd_pids() {
  local dir environ
  for dir in /proc/[0-9]*; do
    [ "$(cat "$dir/comm" 2>/dev/null)" = epmd ] || continue
    environ=$(tr '\0' '\n' <"$dir/environ" 2>/dev/null) || continue
    # Here-strings, not pipes: with pipefail, grep -q closing a pipe early would read as a failure.
    if grep -qx "HOME=$RMQ_DIR" <<<"$environ" && grep -qx "ERL_EPMD_PORT=$RMQ_EPMD_PORT" <<<"$environ"; then
      echo "${dir#/proc/}"
    fi
  done
}

# The start time of process $1 (clock ticks since boot, field 22 of /proc/PID/stat): with the pid, it names one
# process for ever (a pid is reused, a pid and start time are not).
start_time() {
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) }   # the fields after the command name, which may hold spaces and parentheses
  read -ra fields <<<"$stat"
  echo "${fields[19]}"
}

# record NAME PID PROGRAM: what down.sh may stop later: the pid, the program its command line holds, its start time.
record() {
  echo "$2 $3 $(start_time "$2" || echo gone)" >"$PIDS/$1.pid"
}

# Whether the process recorded in pid file $1 is alive and still the one recorded: this user's, the program recorded
# on its command line, started when recorded.
recorded_alive() {
  local file=$1 pid expect started
  [ -f "$file" ] || return 1
  read -r pid expect started <"$file" || true
  [[ "${pid:-}" =~ ^[0-9]+$ ]] && [ -d "/proc/$pid" ] || return 1
  [ "$(stat -c %u "/proc/$pid")" = "$(id -u)" ] || return 1
  [ -n "${expect:-}" ] && grep -qF -- "$expect" <<<"$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" || return 1
  [ -n "${started:-}" ] && [ "$(start_time "$pid")" = "$started" ]
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
