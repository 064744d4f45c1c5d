# Shared by up.sh and down.sh (sourced, not run). Everything they start is recorded under $STATE.
# shellcheck shell=bash

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STATE=${PROCSIM_LOCAL_STATE:-${XDG_RUNTIME_DIR:-/tmp}/procsim-local}
PIDS=$STATE/pids
LOGS=$STATE/logs

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

# Whether the process recorded in pid file $1 is alive and still the program recorded with it.
recorded_alive() {
  local file=$1 pid expect
  [ -f "$file" ] || return 1
  read -r pid expect <"$file" || true
  [ -n "${pid:-}" ] && [ -d "/proc/$pid" ] || return 1
  [ -z "${expect:-}" ] || grep -qF -- "$expect" <<<"$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)"
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
