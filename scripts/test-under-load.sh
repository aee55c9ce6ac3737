#!/usr/bin/env bash
# Runs the unit and e2e suites once with the CPU deliberately loaded (stress-ng keeping two cores
# busy beside them), and reports how long each took: the suites wait on conditions, never on the
# clock, so a busy machine makes them slower but not red. Usage:
#   scripts/test-under-load.sh            # both suites
#   scripts/test-under-load.sh unit       # only `npm test`
#   scripts/test-under-load.sh e2e [...]  # only `npm run test:e2e`, with its arguments
# Needs Debian's stress-ng (installed with apt-get when missing and allowed).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v stress-ng >/dev/null 2>&1; then
  echo "test-under-load: installing stress-ng"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq stress-ng >/dev/null
fi

which="${1:-all}"
[ $# -gt 0 ] && shift

stress-ng --cpu "${STRESS_CPUS:-2}" --quiet &
stress=$!
trap 'kill "$stress" 2>/dev/null || true; wait "$stress" 2>/dev/null || true' EXIT

status=0
timed() {
  local name="$1"
  shift
  local start end
  start=$(date +%s)
  if "$@"; then result=passed; else result=FAILED; status=1; fi
  end=$(date +%s)
  echo "test-under-load: $name $result in $((end - start)) s (stress-ng --cpu ${STRESS_CPUS:-2} beside it)"
}

if [ "$which" = all ] || [ "$which" = unit ]; then timed "npm test" npm test; fi
if [ "$which" = all ] || [ "$which" = e2e ]; then timed "npm run test:e2e" npm run test:e2e -- "$@"; fi
exit "$status"
