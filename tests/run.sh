#!/usr/bin/env bash
# Runs every test project of the solution and ends with one line: "N passed, N failed, N skipped",
# summed over all test projects. This is the README's test command; .ci/run calls it unchanged.
# Extra arguments go to `dotnet test` (e.g. --filter "FullyQualifiedName~Engine").
set -uo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
trap 'rm -f "$log"' EXIT

# Installs a Debian package when what a test needs is missing; on failure says what will fail and how to fix it.
install_missing() { # package, what needs it, what to do otherwise
  local package=$1 needs=$2 otherwise=$3 as_root
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1 && { [ -t 0 ] || sudo -n true 2>/dev/null; }; then
    as_root=(sudo)
  else
    as_root=(none)
  fi
  echo "Installing $package for $needs (apt-get)..."
  if [ "${as_root[*]}" != none ] \
    && "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive sh -c "apt-get update -qq && apt-get install -y -qq $package" >"$log" 2>&1; then
    echo "Installed $package."
  else
    tail -n 5 "$log" >&2
    echo "Could not install $package (needs root or sudo), so $needs will fail: $otherwise" >&2
  fi
}

# The integration tests need a real RabbitMQ. Their fixture uses RABBITMQ_URL when set, else starts a private
# throwaway node (own ports, own files) from the local rabbitmq-server install, else a Docker container.
# A system node that the package may start on 5672 is not used.
if [ -z "${RABBITMQ_URL:-}" ] && [ ! -x /usr/lib/rabbitmq/bin/rabbitmq-server ]; then
  install_missing rabbitmq-server "the broker tests" \
    "set RABBITMQ_URL to a RabbitMQ you run, or install rabbitmq-server (apt-get install -y rabbitmq-server), or run a Docker engine."
fi

# The report tests open report.html in a real browser: Debian's chromium, headless (no browser download).
if ! command -v chromium >/dev/null 2>&1; then
  install_missing chromium "the browser tests of report.html" "install it with apt-get install -y chromium."
fi

# The analysts' example (docs/examples/check_compare.py) and the runs.csv tests run a real python3 with pandas: Debian's
# python3-pandas, imported by python3 on PATH or by Debian's own /usr/bin/python3 (nothing comes from a Python registry).
if ! { python3 -c 'import pandas' || /usr/bin/python3 -c 'import pandas'; } >/dev/null 2>&1; then
  install_missing python3-pandas "the pandas tests of runs.csv and docs/examples" "install it with apt-get install -y python3-pandas."
fi

# A client in another language (docs/examples/python-client) runs against the services: Debian's gRPC for Python and
# protoc with its Python gRPC plugin (python3-grpc-tools is too old for proto3 `optional`).
if ! { command -v protoc && command -v grpc_python_plugin && /usr/bin/python3 -c 'import grpc, google.protobuf'; } >/dev/null 2>&1; then
  install_missing "python3-grpcio python3-protobuf protobuf-compiler protobuf-compiler-grpc" "the Python client test (docs/examples/python-client)" \
    "install them with apt-get install -y python3-grpcio python3-protobuf protobuf-compiler protobuf-compiler-grpc."
fi

dotnet test ProcurementSim.sln -c Release "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Each test project prints: "Passed!  - Failed:     0, Passed:    37, Skipped:     0, Total:    37, ..."
read -r passed failed skipped < <(awk '
  /(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+, +Skipped: +[0-9]+/ {
    gsub(",", ""); f += $4; p += $6; s += $8
  }
  END { printf "%d %d %d\n", p, f, s }' "$log")

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "The test run itself failed (a build error or a crashed test host): see the output above." >&2
  failed=1
fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
