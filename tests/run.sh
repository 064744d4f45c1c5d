#!/usr/bin/env bash
# Runs every test project of the solution and ends with one line: "N passed, N failed, N skipped",
# summed over all test projects. This is the README's test command; .ci/run calls it unchanged.
# Extra arguments go to `dotnet test` (e.g. --filter "FullyQualifiedName~Engine").
set -uo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
trap 'rm -f "$log"' EXIT

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
